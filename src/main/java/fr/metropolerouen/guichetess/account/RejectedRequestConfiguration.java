package fr.metropolerouen.guichetess.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses malformed paths before any controller; without this handler its refusal reached
 * the container's error page, a JSON body in English that is not a problem (found by the write-endpoint fuzzing).
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequestConfiguration {

	@Bean
	RequestRejectedHandler rejectedRequests(ObjectMapper json) {
		return ProblemResponses.rejected(json);
	}

}
