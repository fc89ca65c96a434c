package fr.metropolerouen.guichetess.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Camunda's web applications under {@code /camunda/**} (Cockpit): only a logged-in administrator of the web
 * application, with the session of the login form; anyone else is sent to the login page, or refused (403). The
 * matcher must be a {@link PathPatternRequestMatcher}: a plain path string does not match requests served by
 * Camunda's servlets. Spring's CSRF tokens are off there because Camunda's web applications send their own
 * ({@code X-XSRF-TOKEN}, checked by Camunda's CSRF filter), and the page headers are Camunda's own (its scripts need
 * its Content-Security-Policy, not the Guichet's).
 */
@Configuration(proxyBeanMethods = false)
class CockpitSecurityConfiguration {

	static final String CAMUNDA_WEBAPPS = "/camunda/**";

	@Bean
	@Order(2)
	SecurityFilterChain cockpitSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(CAMUNDA_WEBAPPS))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion")))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable());
		return http.build();
	}

}
