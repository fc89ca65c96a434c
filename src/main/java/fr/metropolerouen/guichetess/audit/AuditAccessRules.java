package fr.metropolerouen.guichetess.audit;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Administrators verify the chain and read any subject's entries; staff read a dossier's entries, as they read its
 * timeline; applicants see none (the entries name agents and hold other organisations' subjects).
 */
@Configuration(proxyBeanMethods = false)
class AuditAccessRules {

	@Bean
	ApiAccessRules auditEndpointRoles() {
		return requests -> requests
			.requestMatchers(HttpMethod.GET, "/api/admin/audit/verification", "/api/admin/audit/entries")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/api/audit/dossiers/*")
			.hasAnyRole(Role.OFFICER.name(), Role.COMMITTEE.name(), Role.FINANCE.name(), Role.ADMIN.name())
			.requestMatchers("/api/audit/**", "/api/admin/audit/**")
			.denyAll();
	}

}
