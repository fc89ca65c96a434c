package fr.metropolerouen.guichetess.workflow;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda Cockpit at {@code /camunda/app/cockpit/}, for administrators only. The Spring Security chain of
 * {@code /camunda/**} (account/CockpitSecurityConfiguration) admits logged-in ADMINs of the web application; this
 * filter, placed after Spring Security's and before Camunda's own filters, logs them into the engine's web
 * applications ({@link CockpitAuthenticationProvider}). The REST API {@code /engine-rest} is not installed: it has no
 * authentication of its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ContainerBasedAuthenticationFilter.class)
class CockpitConfiguration {

	/** After Spring Security's filter chain (order -100) and before Camunda's filters (lowest precedence). */
	private static final int AFTER_SPRING_SECURITY = 101;

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitAuthentication(
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(
				Map.of("authentication-provider", CockpitAuthenticationProvider.class.getName()));
		registration.addUrlPatterns(applicationPath + "/app/*", applicationPath + "/api/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		registration.setName("cockpitAuthentication");
		return registration;
	}

}
