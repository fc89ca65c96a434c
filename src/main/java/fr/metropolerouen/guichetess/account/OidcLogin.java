package fr.metropolerouen.guichetess.account;

import java.util.List;
import java.util.stream.StreamSupport;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Optional login through OpenID Connect providers (ProConnect for the Métropole's staff, FranceConnect for
 * applicants), configured by properties only ({@code spring.security.oauth2.client.*} and
 * {@code guichet.security.oidc.*}, see docs/operations.md). Without a registration, nothing of it is active and no
 * provider is ever contacted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcAccountMatcher.Settings.class)
class OidcLogin {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final OidcAccountMatcher.Settings settings;

	private final OidcAccountMatcher matcher;

	OidcLogin(ObjectProvider<ClientRegistrationRepository> registrations, OidcAccountMatcher.Settings settings,
			UserAccountRepository accounts) {
		this.registrations = registrations;
		this.settings = settings;
		this.matcher = new OidcAccountMatcher(accounts::findByEmailIgnoreCase, settings);
	}

	/** The providers the login page offers: those configured and listed for staff or applicants. */
	@Bean
	OidcProviders oidcProviders() {
		return () -> {
			if (!(registrations.getIfAvailable() instanceof Iterable<?> configured)) {
				return List.of();
			}
			return StreamSupport.stream(configured.spliterator(), false)
				.map(ClientRegistration.class::cast)
				.filter(registration -> settings.staffRegistrations().contains(registration.getRegistrationId())
						|| settings.applicantRegistrations().contains(registration.getRegistrationId()))
				.map(registration -> new OidcProvider(registration.getRegistrationId(), registration.getClientName()))
				.toList();
		};
	}

	/** Adds the OpenID Connect login to the web application's chain, when a provider is configured. */
	void configure(HttpSecurity http) throws Exception {
		if (registrations.getIfAvailable() == null) {
			return;
		}
		OidcUserService provider = new OidcUserService();
		OAuth2UserService<OidcUserRequest, OidcUser> localAccounts = request -> matcher
			.match(request.getClientRegistration().getRegistrationId(), provider.loadUser(request));
		http.oauth2Login(login -> login.loginPage("/connexion")
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(localAccounts))
			.defaultSuccessUrl("/", true)
			.failureUrl("/connexion?refus"));
	}

	/** A provider on the login page: « Se connecter avec {name} » leads to /oauth2/authorization/{id}. */
	record OidcProvider(String id, String name) {
	}

	@FunctionalInterface
	interface OidcProviders {

		List<OidcProvider> all();

	}

}
