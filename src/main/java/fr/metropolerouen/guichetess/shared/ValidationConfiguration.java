package fr.metropolerouen.guichetess.shared;

import java.time.Clock;
import java.util.Locale;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Validation messages are French whatever the server's locale: they reach applicants as they are. "Today" and "in
 * the future" are judged on the Métropole's calendar, not the server's (UTC): at 00:30 in Rouen a payment made that
 * day is not in the future.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	ValidationConfigurationCustomizer frenchValidationMessages() {
		return configuration -> {
			if (configuration instanceof HibernateValidatorConfiguration hibernate) {
				hibernate.defaultLocale(Locale.FRENCH);
				hibernate.clockProvider(() -> Clock.system(FrenchFormat.ZONE));
			}
		};
	}

}
