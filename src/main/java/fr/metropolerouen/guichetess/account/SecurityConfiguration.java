package fr.metropolerouen.guichetess.account;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Two doors on the same services. The REST API is stateless and authenticated with HTTP Basic. Roles are checked on
 * the request by the rules each module declares ({@link ApiAccessRules}), public endpoints included; organisation
 * boundaries are checked by the services. The OpenAPI description and health are public; the endpoints open to every
 * signed-in user are declared too ({@link SignedInUserEndpoints}), after every role rule; an endpoint not declared is
 * refused to everyone, so a forgotten rule fails closed ({@link UndeclaredEndpoints}). The web application ({@link WebSecurityConfiguration}) has a login form, a session and CSRF tokens, and one area per
 * role; its pages call the same services with the same actor, so they see exactly what the API would show.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] API_PATHS = { "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/actuator/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, List<ApiAccessRules> moduleRules,
			List<SignedInUserEndpoints> signedInUserEndpoints,
			@Qualifier("requestMappingHandlerMapping") HandlerMapping controllers) throws Exception {
		http.securityMatcher(API_PATHS).authorizeHttpRequests(requests -> {
			requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
			moduleRules.forEach(rules -> rules.declare(requests));
			signedInUserEndpoints.forEach(endpoints -> requests
				.requestMatchers(endpoints.method(), endpoints.paths().toArray(String[]::new))
				.authenticated());
			requests.anyRequest().access(new UndeclaredEndpoints(controllers));
		})
			.httpBasic(basic -> basic.realmName("Guichet ESS")
				.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized(json))
				.accessDeniedHandler(ProblemResponses.forbidden(json)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityHeaders.everywhere())
			// A stateless API authenticated on every request by a header is not exposed to CSRF.
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

}
