package fr.metropolerouen.guichetess.scheme;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The schemes and their rules are public: applicants should know them before they apply. */
@Configuration(proxyBeanMethods = false)
class SchemeAccessRules {

	@Bean
	ApiAccessRules schemeEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/api/schemes", "/api/rule-sets").permitAll();
	}

}
