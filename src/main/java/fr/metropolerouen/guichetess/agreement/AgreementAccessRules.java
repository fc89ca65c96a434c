package fr.metropolerouen.guichetess.agreement;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.SignedInUserEndpoints;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The beneficiary signs its agreement; the officer records the Métropole's countersignature; both may read it. */
@Configuration(proxyBeanMethods = false)
class AgreementAccessRules {

	@Bean
	ApiAccessRules agreementEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/dossiers/*/grant-agreement/signature")
			.hasRole(Role.APPLICANT.name())
			.requestMatchers(HttpMethod.POST, "/api/dossiers/*/grant-agreement/countersignature")
			.hasRole(Role.OFFICER.name());
	}

	@Bean
	SignedInUserEndpoints agreementReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/dossiers/*/grant-agreement");
	}

}
