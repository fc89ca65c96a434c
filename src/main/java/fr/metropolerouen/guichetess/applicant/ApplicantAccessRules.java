package fr.metropolerouen.guichetess.applicant;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ApplicantAccessRules {

	@Bean
	ApiAccessRules organisationEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/accounts")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/organisations/me")
			.hasRole(Role.APPLICANT.name());
	}

}
