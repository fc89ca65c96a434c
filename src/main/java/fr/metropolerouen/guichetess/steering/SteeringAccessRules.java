package fr.metropolerouen.guichetess.steering;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The people who steer the programme read its figures: officers, finance and administrators. Nobody writes here. */
@Configuration(proxyBeanMethods = false)
class SteeringAccessRules {

	@Bean
	ApiAccessRules steeringEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/api/steering/**")
			.hasAnyRole(Role.OFFICER.name(), Role.FINANCE.name(), Role.ADMIN.name())
			.requestMatchers("/api/steering/**")
			.denyAll();
	}

}
