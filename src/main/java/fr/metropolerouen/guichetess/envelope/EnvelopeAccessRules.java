package fr.metropolerouen.guichetess.envelope;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Finance opens and amends envelopes and reads their ledger; staff read their figures and payment schedules;
 * applicants see none of it.
 */
@Configuration(proxyBeanMethods = false)
class EnvelopeAccessRules {

	@Bean
	ApiAccessRules envelopeEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/envelopes", "/api/envelopes/*/amendments")
			.hasRole(Role.FINANCE.name())
			.requestMatchers(HttpMethod.GET, "/api/envelopes/*/entries")
			.hasAnyRole(Role.FINANCE.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/api/envelopes", "/api/envelopes/*", "/api/envelopes/*/payment-schedule")
			.hasAnyRole(Role.OFFICER.name(), Role.COMMITTEE.name(), Role.FINANCE.name(), Role.ADMIN.name())
			.requestMatchers("/api/envelopes", "/api/envelopes/**")
			.denyAll();
	}

}
