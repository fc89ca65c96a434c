package fr.metropolerouen.guichetess.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountAccessRules {

	@Bean
	ApiAccessRules administrationEndpointRoles() {
		return requests -> requests.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name());
	}

}
