package fr.metropolerouen.guichetess.lapse;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.SignedInUserEndpoints;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Only an officer extends a deadline; whoever may see the dossier reads its deadlines. */
@Configuration(proxyBeanMethods = false)
class LapseAccessRules {

	@Bean
	ApiAccessRules lapseEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/dossiers/*/deadlines/*/extension")
			.hasRole(Role.OFFICER.name());
	}

	@Bean
	SignedInUserEndpoints deadlineReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/dossiers/*/deadlines");
	}

}
