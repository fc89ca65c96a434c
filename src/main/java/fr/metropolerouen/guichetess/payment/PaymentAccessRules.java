package fr.metropolerouen.guichetess.payment;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.SignedInUserEndpoints;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Beneficiaries claim payments; officers certify the service done; finance orders and records payments. */
@Configuration(proxyBeanMethods = false)
class PaymentAccessRules {

	@Bean
	ApiAccessRules paymentEndpointRoles() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/dossiers/*/payment-requests")
			.hasRole(Role.APPLICANT.name())
			.requestMatchers(HttpMethod.POST, "/api/payment-requests/*/liquidation")
			.hasRole(Role.OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/api/payment-requests/*/reject")
			.hasAnyRole(Role.OFFICER.name(), Role.FINANCE.name())
			.requestMatchers(HttpMethod.POST, "/api/payment-requests/*/approve", "/api/payment-requests/*/payment-order",
					"/api/payment-requests/*/payment")
			.hasRole(Role.FINANCE.name());
	}

	@Bean
	SignedInUserEndpoints paymentRequestReading() {
		return SignedInUserEndpoints.of(HttpMethod.GET, "/api/dossiers/*/payment-requests", "/api/payment-requests/*");
	}

}
