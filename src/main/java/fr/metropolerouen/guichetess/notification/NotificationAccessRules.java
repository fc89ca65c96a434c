package fr.metropolerouen.guichetess.notification;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Staff see where a dossier's mails stand; officers and administrators also see the whole outbox and resend. */
@Configuration(proxyBeanMethods = false)
class NotificationAccessRules {

	@Bean
	ApiAccessRules mailEndpointRoles() {
		String officer = Role.OFFICER.name();
		String admin = Role.ADMIN.name();
		return requests -> requests.requestMatchers(HttpMethod.GET, "/api/dossiers/*/mails")
			.hasAnyRole(officer, admin, Role.COMMITTEE.name(), Role.FINANCE.name())
			.requestMatchers("/api/mails", "/api/mails/**")
			.hasAnyRole(officer, admin);
	}

}
