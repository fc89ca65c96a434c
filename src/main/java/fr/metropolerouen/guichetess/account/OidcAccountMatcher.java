package fr.metropolerouen.guichetess.account;

import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Finds the local account of a user an OpenID Connect provider vouched for, by their verified e-mail address. Staff
 * providers (ProConnect) lead to staff accounts only, applicant providers (FranceConnect) to applicant accounts only;
 * no account is ever created here: staff accounts are opened by an administrator, applicant accounts by the
 * organisation's sign-up, and the first OpenID Connect login only links to them.
 */
class OidcAccountMatcher {

	private static final Logger log = LoggerFactory.getLogger(OidcAccountMatcher.class);

	/** The error code the login page turns into its French explanation. */
	static final String NO_ACCOUNT = "no_matching_account";

	/** Reads accounts only: this class cannot create one. */
	private final Function<String, List<UserAccount>> accountsByEmail;

	private final Settings settings;

	OidcAccountMatcher(Function<String, List<UserAccount>> accountsByEmail, Settings settings) {
		this.accountsByEmail = accountsByEmail;
		this.settings = settings;
	}

	OidcAccountUser match(String registrationId, OidcUser identity) {
		boolean staff = settings.staffRegistrations().contains(registrationId);
		if (!staff && !settings.applicantRegistrations().contains(registrationId)) {
			throw refused(registrationId, "provider not listed in guichet.security.oidc");
		}
		String email = identity.getEmail();
		boolean verified = Boolean.TRUE.equals(identity.getEmailVerified())
				|| settings.verifiedEmailRegistrations().contains(registrationId);
		if (email == null || email.isBlank() || !verified) {
			throw refused(registrationId, "no verified e-mail address");
		}
		List<UserAccount> candidates = accountsByEmail.apply(email.strip())
			.stream()
			.filter(UserAccount::enabled)
			.filter(account -> account.role().isStaff() == staff && account.role() != Role.SYSTEM)
			.toList();
		if (candidates.size() != 1) {
			throw refused(registrationId, candidates.size() + " accounts with that e-mail address and the right role");
		}
		UserAccount account = candidates.get(0);
		log.info("OpenID Connect login through {} as account '{}'", registrationId, account.username());
		return new OidcAccountUser(account.view(), identity);
	}

	private static OAuth2AuthenticationException refused(String registrationId, String reason) {
		log.warn("OpenID Connect login through {} refused: {}", registrationId, reason);
		return new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT), reason);
	}

	/**
	 * Which configured registrations ({@code spring.security.oauth2.client.registration.<id>}) are for staff and which
	 * for applicants; a registration in neither list is refused. Providers listed in
	 * {@code verified-email-registrations} only release e-mail addresses they verified, without saying so in the
	 * {@code email_verified} claim.
	 */
	@ConfigurationProperties("guichet.security.oidc")
	record Settings(@DefaultValue List<String> staffRegistrations, @DefaultValue List<String> applicantRegistrations,
			@DefaultValue List<String> verifiedEmailRegistrations) {
	}

}
