package fr.metropolerouen.guichetess.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web application: a login form, a session (a new one at login, against session fixation), CSRF tokens on every
 * form, and one area per role. Who may see which organisation's data is checked by the same services as for the API.
 * The response headers are those of {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** The areas of the web application, each for one role (but the steering pages, for three); public pages are listed in {@link #PUBLIC_PAGES}. */
	static final String APPLICANT_AREA = "/espace/**";

	static final String OFFICER_AREA = "/instruction/**";

	static final String COMMITTEE_AREA = "/bureau/**";

	static final String FINANCE_AREA = "/finances/**";

	static final String ADMIN_AREA = "/admin/**";

	/** The steering pages (pilotage): shared by the people who steer the programme, whatever their area. */
	static final String STEERING_AREA = "/pilotage/**";

	/** Every logged-in user's own account (password change), whatever the role. */
	static final String OWN_ACCOUNT = "/compte/**";

	static final String[] PUBLIC_PAGES = { "/", "/connexion", "/inscription", "/simulation", "/error", "/css/**",
			"/js/**", "/images/**", "/webjars/**", "/favicon.ico" };

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, OidcLogin oidcLogin) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(STEERING_AREA)
			.hasAnyRole(Role.OFFICER.name(), Role.FINANCE.name(), Role.ADMIN.name())
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
			.requestMatchers(OWN_ACCOUNT)
			.authenticated()
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage("/connexion")
				.defaultSuccessUrl("/", true)
				.failureHandler(WebSecurityConfiguration::loginFailed)
				.permitAll())
			// the session is removed from the database, not only forgotten by the browser
			.logout(logout -> logout.logoutUrl("/deconnexion")
				.invalidateHttpSession(true)
				.deleteCookies("SESSION")
				.logoutSuccessUrl("/connexion?deconnecte"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
			.headers(SecurityHeaders.everywhere());
		oidcLogin.configure(http);
		return http.build();
	}

	/** Back to the login page, saying why; a throttled login says how long to wait (see {@link LoginPage}). */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String query = failure instanceof LoginThrottledException throttled ? "bloque=" + throttled.minutes() : "error";
		response.sendRedirect(request.getContextPath() + "/connexion?" + query);
	}

}
