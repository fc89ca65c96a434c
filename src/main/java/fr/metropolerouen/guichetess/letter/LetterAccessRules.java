package fr.metropolerouen.guichetess.letter;

import fr.metropolerouen.guichetess.account.SignedInUserEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Whoever may see the dossier reads its letters (the preview of a decision is the committee module's, for officers). */
@Configuration(proxyBeanMethods = false)
class LetterAccessRules {

	@Bean
	SignedInUserEndpoints letterReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/dossiers/*/letters", "/api/dossiers/*/letters/*");
	}

}
