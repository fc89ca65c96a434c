package fr.metropolerouen.guichetess.eligibility;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The simulator is open to anyone, before any account exists. Replays are for administrators (see account). */
@Configuration(proxyBeanMethods = false)
class EligibilityAccessRules {

	@Bean
	ApiAccessRules simulationEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/simulations").permitAll();
	}

}
