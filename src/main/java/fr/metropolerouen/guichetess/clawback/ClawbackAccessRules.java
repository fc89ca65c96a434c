package fr.metropolerouen.guichetess.clawback;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.SignedInUserEndpoints;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Officers open and decide withdrawals; the beneficiary presents its observations; whoever sees the dossier reads. */
@Configuration(proxyBeanMethods = false)
class ClawbackAccessRules {

	@Bean
	ApiAccessRules withdrawalEndpointRoles() {
		return requests -> requests
			.requestMatchers(HttpMethod.POST, "/api/dossiers/*/withdrawal-procedures",
					"/api/withdrawal-procedures/*/decision")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/api/withdrawal-procedures/*/observations")
			.hasRole(Role.APPLICANT.name());
	}

	@Bean
	SignedInUserEndpoints withdrawalReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/dossiers/*/withdrawal-procedures",
				"/api/withdrawal-procedures/*");
	}

}
