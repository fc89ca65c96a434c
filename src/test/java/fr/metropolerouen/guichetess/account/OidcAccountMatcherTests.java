package fr.metropolerouen.guichetess.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OidcAccountMatcherTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	/** The accounts by e-mail address, compared without regard to case as the repository does. */
	private final Map<String, List<UserAccount>> accounts = new HashMap<>();

	private final OidcAccountMatcher matcher = new OidcAccountMatcher(
			email -> accounts.getOrDefault(email.toLowerCase(Locale.ROOT), List.of()),
			new OidcAccountMatcher.Settings(List.of("proconnect"), List.of("franceconnect"), List.of()));

	private final UserAccount officer = new UserAccount("c.martin", "{argon2}x", "claire.martin@metropole.example",
			Role.OFFICER, null, NOW);

	private final UserAccount applicant = new UserAccount("tiers-lieu", "{argon2}x", "contact@tiers-lieu.example",
			Role.APPLICANT, UUID.randomUUID(), NOW);

	@Test
	void anAgentIsMatchedToTheirStaffAccountByVerifiedEmail() {
		accounts.put("claire.martin@metropole.example", List.of(officer));

		OidcAccountUser user = matcher.match("proconnect", identity("Claire.Martin@metropole.example", true));

		assertThat(user.getName()).isEqualTo("c.martin");
		assertThat(user.actor()).isEqualTo(new Actor("c.martin", Role.OFFICER, null));
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
	}

	@Test
	void anApplicantIsMatchedToTheirApplicantAccountAndOrganisation() {
		accounts.put("contact@tiers-lieu.example", List.of(applicant));

		OidcAccountUser user = matcher.match("franceconnect", identity("contact@tiers-lieu.example", true));

		assertThat(user.actor().organisationId()).isEqualTo(applicant.organisationId());
	}

	@Test
	void theStaffProviderNeverLeadsToAnApplicantAccountNorTheOtherWayRound() {
		accounts.put("contact@tiers-lieu.example", List.of(applicant));
		accounts.put("claire.martin@metropole.example", List.of(officer));

		assertThatThrownBy(() -> matcher.match("proconnect", identity("contact@tiers-lieu.example", true)))
			.isInstanceOf(OAuth2AuthenticationException.class);
		assertThatThrownBy(() -> matcher.match("franceconnect", identity("claire.martin@metropole.example", true)))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	@Test
	void anUnknownOrUnverifiedOrAmbiguousAddressIsRefused() {
		accounts.put("inconnu@metropole.example", List.of());
		accounts.put("claire.martin@metropole.example", List.of(officer));
		accounts.put("partage@metropole.example", List.of(officer,
				new UserAccount("c.martin2", "{argon2}x", "partage@metropole.example", Role.FINANCE, null, NOW)));

		for (OidcUser identity : List.of(identity("inconnu@metropole.example", true),
				identity("claire.martin@metropole.example", false), identity("partage@metropole.example", true))) {
			assertThatThrownBy(() -> matcher.match("proconnect", identity))
				.isInstanceOfSatisfying(OAuth2AuthenticationException.class, refusal -> assertThat(
						refusal.getError().getErrorCode()).isEqualTo(OidcAccountMatcher.NO_ACCOUNT));
		}
	}

	@Test
	void aProviderListedInNeitherListIsRefused() {
		assertThatThrownBy(() -> matcher.match("autre", identity("claire.martin@metropole.example", true)))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	private static OidcUser identity(String email, boolean verified) {
		OidcIdToken token = OidcIdToken.withTokenValue("jeton")
			.subject("sujet-" + email.hashCode())
			.issuer("https://proconnect.test.invalid")
			.issuedAt(NOW)
			.expiresAt(NOW.plusSeconds(60))
			.claims(claims -> claims.putAll(Map.of("email", email, "email_verified", verified)))
			.build();
		return new DefaultOidcUser(List.of(), token);
	}

}
