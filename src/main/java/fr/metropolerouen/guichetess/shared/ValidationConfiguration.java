package fr.metropolerouen.guichetess.shared;

import java.util.Locale;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Validation messages are French whatever the server's locale: they reach applicants as they are. */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	ValidationConfigurationCustomizer frenchValidationMessages() {
		return configuration -> {
			if (configuration instanceof HibernateValidatorConfiguration hibernate) {
				hibernate.defaultLocale(Locale.FRENCH);
			}
		};
	}

}
