package fr.metropolerouen.guichetess.dossier;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.SignedInUserEndpoints;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Applicants build and submit their dossiers; officers check and review them; both write messages on them; every role
 * may read them.
 */
@Configuration(proxyBeanMethods = false)
class DossierAccessRules {

	@Bean
	ApiAccessRules dossierEndpointRoles() {
		String applicant = Role.APPLICANT.name();
		String officer = Role.OFFICER.name();
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/dossiers").hasRole(applicant)
			.requestMatchers(HttpMethod.PUT, "/api/dossiers/*").hasRole(applicant)
			.requestMatchers(HttpMethod.POST, "/api/dossiers/*/submit", "/api/dossiers/*/withdraw",
					"/api/dossiers/*/documents")
			.hasRole(applicant)
			.requestMatchers(HttpMethod.POST, "/api/dossiers/*/completeness", "/api/dossiers/*/eligibility-confirmation",
					"/api/dossiers/*/review")
			.hasRole(officer)
			.requestMatchers(HttpMethod.POST, "/api/dossiers/*/messages")
			.hasAnyRole(applicant, officer);
	}

	@Bean
	SignedInUserEndpoints dossierReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/dossiers", "/api/dossiers/*", "/api/dossiers/*/documents",
				"/api/dossiers/*/documents/*", "/api/dossiers/*/messages");
	}

}
