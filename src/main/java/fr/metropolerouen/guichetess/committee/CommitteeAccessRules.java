package fr.metropolerouen.guichetess.committee;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The committee secretary records sessions and decisions; staff may read them; applicants may not. The preview of a
 * decision letter is for the officer and the secretary.
 */
@Configuration(proxyBeanMethods = false)
class CommitteeAccessRules {

	@Bean
	ApiAccessRules committeeEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/api/dossiers/*/letters/preview")
			.hasAnyRole(Role.OFFICER.name(), Role.COMMITTEE.name())
			.requestMatchers(HttpMethod.GET, "/api/committee-sessions", "/api/committee-sessions/**")
			.hasAnyRole(Role.COMMITTEE.name(), Role.OFFICER.name(), Role.FINANCE.name(), Role.ADMIN.name())
			.requestMatchers("/api/committee-sessions", "/api/committee-sessions/**")
			.hasRole(Role.COMMITTEE.name());
	}

}
