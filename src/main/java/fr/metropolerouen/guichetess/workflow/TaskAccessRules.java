package fr.metropolerouen.guichetess.workflow;

import fr.metropolerouen.guichetess.account.SignedInUserEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Every user reads the open tasks of their role; an applicant only those of its own organisation's dossiers. */
@Configuration(proxyBeanMethods = false)
class TaskAccessRules {

	@Bean
	SignedInUserEndpoints taskReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/tasks");
	}

}
