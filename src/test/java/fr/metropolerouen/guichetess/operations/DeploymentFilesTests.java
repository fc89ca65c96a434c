package fr.metropolerouen.guichetess.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on the development machines: {@code docker-compose.yml}, the {@code Dockerfile} and
 * {@code .dockerignore} are kept right by reading them here, against what the application needs.
 */
class DeploymentFilesTests {

	private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)}");

	private final Map<String, Object> compose = yaml(Path.of("docker-compose.yml"));

	@Test
	void theComposeFileStartsTheDatabaseTheMailCatcherAndTheServiceWithHealthChecks() {
		Map<String, Object> services = map(compose, "services");
		assertThat(services).containsOnlyKeys("database", "mail", "guichet-ess");
		services.forEach((name, service) -> assertThat(map(service, "healthcheck")).as("health check of %s", name)
			.containsKey("test"));
		Map<String, Object> service = map(services, "guichet-ess");
		assertThat(service.get("build")).isEqualTo(".");
		assertThat(map(map(service, "depends_on"), "database")).containsEntry("condition", "service_healthy");
		assertThat(map(service, "environment")).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
	}

	@Test
	void theDatabaseAndTheDocumentsLiveOnNamedVolumes() {
		assertThat(map(compose, "volumes")).containsKeys("database", "files");
		Map<String, Object> services = map(compose, "services");
		assertThat(list(map(services, "database"), "volumes")).contains("database:/var/lib/postgresql/data");
		String documents = (String) map(map(services, "guichet-ess"), "environment").get("GUICHET_STORAGE_DIR");
		assertThat(list(map(services, "guichet-ess"), "volumes")).contains("files:" + documents);
	}

	/** Every setting the production profile takes from the environment without a default is given, secrets included. */
	@Test
	void everyVariableTheProductionProfileRequiresIsSetAndNoSecretIsWrittenInTheFile() throws IOException {
		String production = Files.readString(Path.of("src/main/resources/application-postgres.yml"));
		Set<String> required = new TreeSet<>();
		Matcher variable = REQUIRED_VARIABLE.matcher(production);
		while (variable.find()) {
			required.add(variable.group(1));
		}
		Map<String, Object> environment = map(map(map(compose, "services"), "guichet-ess"), "environment");
		assertThat(required).isNotEmpty();
		assertThat(environment).containsKeys(required.toArray(String[]::new));
		environment.forEach((name, value) -> {
			if (name.contains("PASSWORD")) {
				assertThat(value.toString()).as(name).matches("\\$\\{" + name + ":\\?.+}");
			}
		});
	}

	@Test
	void theImageIsBuiltInTwoStagesFromEverySourceFolderAndRunsAsAnOrdinaryUser() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile.lines().filter(line -> line.startsWith("FROM "))).hasSize(2);
		assertThat(dockerfile).containsPattern("(?m)^USER (?!root)\\w+");
		assertThat(dockerfile).contains("HEALTHCHECK");
		// a resource folder added to the build (pom.xml) but not copied into the image would be missing from it
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher folder = Pattern.compile("<directory>([^<$]+)</directory>").matcher(pom);
		while (folder.find()) {
			String topLevel = folder.group(1).split("/")[0];
			assertThat(dockerfile).as("Dockerfile copies %s/", topLevel).contains("COPY " + topLevel + "/");
		}
	}

	@Test
	void theBuildContextLeavesOutLocalDatabasesDocumentsAndBuildOutput() throws IOException {
		assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target/", "data/", ".git/");
	}

	private static Map<String, Object> yaml(Path file) {
		try {
			return new Yaml().load(Files.readString(file));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object parent, String key) {
		Object child = ((Map<String, Object>) parent).get(key);
		assertThat(child).as(key).isInstanceOf(Map.class);
		return (Map<String, Object>) child;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> parent, String key) {
		return (List<Object>) parent.get(key);
	}

}
