package fr.metropolerouen.guichetess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points an application context at a fresh test database, the test mail server and a fresh storage folder. */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>(TestDatabases.newDatabase());
		properties.putAll(mailAndStorage());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", properties));
	}

	public static Map<String, Object> mailAndStorage() {
		try {
			return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", TestMailServer.port(),
					"guichet.storage.directory", Files.createTempDirectory("guichet-files").toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
