package fr.metropolerouen.guichetess.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.metropolerouen.guichetess.GuichetEssApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on a database and fills it with generated dossiers (a demo or load-test database):
 * {@code --url=jdbc:… --username=… --password=… --dossiers=100000}, optionally {@code --serve} to keep the application
 * running afterwards (web on {@code --port}, 8080 by default) and {@code --steps=1000,10000} to grow in stages and
 * time each. The demo profile stays active: its staff accounts (password = user name) and envelopes are there too.
 */
public final class GenerateDataset {

	private GenerateDataset() {
	}

	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unknown argument " + arg);
			}
			String[] pair = arg.substring(2).split("=", 2);
			options.put(pair[0], pair.length == 2 ? pair[1] : "true");
		}
		String url = require(options, "url");
		int dossiers = Integer.parseInt(options.getOrDefault("dossiers", "1000"));
		boolean serve = options.containsKey("serve");
		// command-line properties: they win over application.yml (default properties would not)
		List<String> properties = new ArrayList<>();
		properties.add("--spring.datasource.url=" + url);
		properties.add("--spring.datasource.username=" + options.getOrDefault("username", "sa"));
		properties.add("--spring.datasource.password=" + options.getOrDefault("password", ""));
		properties.add("--server.port=" + options.getOrDefault("port", "8080"));
		properties.add("--guichet.storage.directory=" + options.getOrDefault("storage", "./data/files"));
		options.forEach((name, value) -> {
			if (name.startsWith("spring.") || name.startsWith("logging.") || name.startsWith("guichet.")) {
				properties.add("--" + name + "=" + value);
			}
		});
		ConfigurableApplicationContext application = new SpringApplicationBuilder(GuichetEssApplication.class)
			.run(properties.toArray(String[]::new));
		try {
			DatasetGenerator generator = new DatasetGenerator(application);
			String steps = options.getOrDefault("steps", String.valueOf(dossiers));
			for (String step : steps.split(",")) {
				int target = Math.min(dossiers, Integer.parseInt(step.trim()));
				DatasetGenerator.Growth growth = generator.growTo(target);
				System.out.printf("grew %d -> %d dossiers in %.1f s (%d running process instances)%n",
						growth.dossiersBefore(), growth.dossiersAfter(), growth.took().toMillis() / 1000.0,
						growth.runningProcessInstances());
			}
			if (!steps.endsWith(String.valueOf(dossiers))) {
				generator.growTo(dossiers);
			}
			long checking = System.nanoTime();
			DatasetGenerator.Facts facts = generator.check();
			System.out.println("facts: " + facts);
			System.out.printf("checked in %.1f s%n", (System.nanoTime() - checking) / 1e9);
		}
		finally {
			if (!serve) {
				application.close();
			}
		}
	}

	private static String require(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

}
