package fr.metropolerouen.guichetess.finance;

import fr.metropolerouen.guichetess.account.ApiAccessRules;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Finance records corrections and imports history; finance and administrators read the ledger and its exports;
 * officers and the committee read the forecast, to see a shortfall before the committee meets.
 */
@Configuration(proxyBeanMethods = false)
class FinanceAccessRules {

	@Bean
	ApiAccessRules financeEndpointRoles() {
		String finance = Role.FINANCE.name();
		String admin = Role.ADMIN.name();
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/finance/**")
			.hasRole(finance)
			.requestMatchers(HttpMethod.GET, "/api/finance/forecast")
			.hasAnyRole(finance, admin, Role.OFFICER.name(), Role.COMMITTEE.name())
			.requestMatchers(HttpMethod.GET, "/api/finance/**")
			.hasAnyRole(finance, admin)
			.requestMatchers("/api/finance/**")
			.denyAll();
	}

}
