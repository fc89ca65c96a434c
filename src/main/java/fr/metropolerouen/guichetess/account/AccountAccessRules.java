package fr.metropolerouen.guichetess.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class AccountAccessRules {

	@Bean
	ApiAccessRules administrationEndpointRoles() {
		return requests -> requests.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name());
	}

	@Bean
	SignedInUserEndpoints ownAccountReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/accounts/me");
	}

	@Bean
	SignedInUserEndpoints ownPasswordChange() {
		return SignedInUserEndpoints.of(HttpMethod.PUT, "/api/accounts/me/password");
	}

}
