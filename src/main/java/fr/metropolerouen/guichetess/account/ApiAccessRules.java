package fr.metropolerouen.guichetess.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which roles may call a module's endpoints. Each module declares its rules as a bean, next to its controllers;
 * they are checked on the request, before its body is even read, so a caller without the role gets 403 whatever
 * it sent. Which organisation's data a caller may see is checked by the services.
 */
@FunctionalInterface
public interface ApiAccessRules {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
