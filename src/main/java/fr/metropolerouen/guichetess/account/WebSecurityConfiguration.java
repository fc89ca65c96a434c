package fr.metropolerouen.guichetess.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web application: a login form, a session (a new one at login, against session fixation), CSRF tokens on every
 * form, and one area per role. Who may see which organisation's data is checked by the same services as for the API.
 * The pages load scripts from this server only (Content-Security-Policy): no inline script anywhere.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** The areas of the web application, each for one role; public pages are listed in {@link #PUBLIC_PAGES}. */
	static final String APPLICANT_AREA = "/espace/**";

	static final String OFFICER_AREA = "/instruction/**";

	static final String COMMITTEE_AREA = "/bureau/**";

	static final String FINANCE_AREA = "/finances/**";

	static final String ADMIN_AREA = "/admin/**";

	static final String[] PUBLIC_PAGES = { "/", "/connexion", "/inscription", "/simulation", "/error", "/css/**",
			"/js/**", "/images/**", "/webjars/**", "/favicon.ico" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			// bpmn-js writes style attributes on the diagram's SVG elements
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(APPLICANT_AREA)
			.hasRole(Role.APPLICANT.name())
			.requestMatchers(OFFICER_AREA)
			.hasRole(Role.OFFICER.name())
			.requestMatchers(COMMITTEE_AREA)
			.hasRole(Role.COMMITTEE.name())
			.requestMatchers(FINANCE_AREA)
			.hasRole(Role.FINANCE.name())
			.requestMatchers(ADMIN_AREA)
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage("/connexion").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
