package fr.metropolerouen.guichetess;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Guichet ESS: case management of the Métropole Rouen Normandie's aids to Social and Solidarity Economy
 * enterprises (Dynamique Immobilier ESS, Dynamique Location ESS).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class GuichetEssApplication {

	public static void main(String[] args) {
		SpringApplication.run(GuichetEssApplication.class, args);
	}

}
