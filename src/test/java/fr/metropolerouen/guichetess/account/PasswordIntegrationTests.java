package fr.metropolerouen.guichetess.account;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.ThrowawayAccounts;
import fr.metropolerouen.guichetess.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords as users meet them: the policy at sign-up and change, the change itself, and old hashes upgraded. */
class PasswordIntegrationTests extends ApiIntegrationTest {

	private static final String PASSWORD = "une phrase de passe pour les essais";

	private static final String NEW_PASSWORD = "le nouveau mot de passe choisi";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aBcryptHashIsReplacedByAnArgon2idHashAtTheNextLogin() {
		String username = throwawayAccount();
		jdbc.update("update user_account set password_hash = ? where username = ?",
				"{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD), username);

		api.as(username, PASSWORD).get("/api/accounts/me").expect(200);

		assertThat(hashOf(username)).startsWith("{argon2}$argon2id$");
		api.as(username, PASSWORD).get("/api/accounts/me").expect(200);
	}

	@Test
	void aUserChangesTheirPasswordThroughTheApi() {
		String username = throwawayAccount();

		api.as(username, PASSWORD)
			.put("/api/accounts/me/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
			.expect(204);

		assertThat(api.as(username, PASSWORD).get("/api/accounts/me").status()).isEqualTo(401);
		api.as(username, NEW_PASSWORD).get("/api/accounts/me").expect(200);
		assertThat(jdbc.queryForList("select actor from audit_entry where subject_type = 'ACCOUNT' and subject_id = ?"
				+ " and action = 'PASSWORD_CHANGED'", String.class, username))
			.as("the change is in the audit trail, by the user")
			.containsExactly(username);
	}

	@Test
	void aChangeIsRefusedWithoutTheRightCurrentPasswordOrWithAWeakNewOne() {
		String username = throwawayAccount();
		String hash = hashOf(username);

		JsonNode wrongCurrent = api.as(username, PASSWORD)
			.put("/api/accounts/me/password", Map.of("currentPassword", "pas le mot de passe actuel", "newPassword",
					NEW_PASSWORD))
			.expect(400);
		assertThat(wrongCurrent.toString()).contains("currentPassword", "est incorrect");

		JsonNode common = api.as(username, PASSWORD)
			.put("/api/accounts/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "azertyuiop123"))
			.expect(400);
		assertThat(common.toString()).contains("newPassword", "mots de passe les plus répandus");

		JsonNode withUsername = api.as(username, PASSWORD)
			.put("/api/accounts/me/password",
					Map.of("currentPassword", PASSWORD, "newPassword", "mon compte " + username))
			.expect(400);
		assertThat(withUsername.toString()).contains("ne doit pas contenir votre identifiant");

		assertThat(hashOf(username)).as("nothing changed").isEqualTo(hash);
	}

	@Test
	void thePasswordPageChangesThePasswordAndExplainsARefusalInFrench() {
		String username = throwawayAccount();
		WebSession session = WebSession.logIn(port, username, PASSWORD);

		String refused = session.submit("/compte/mot-de-passe", "/compte/mot-de-passe",
				Map.of("currentPassword", PASSWORD, "newPassword", "motdepasse123"))
			.body();
		assertThat(refused).contains("fait partie des mots de passe les plus répandus");

		assertThat(session
			.submit("/compte/mot-de-passe", "/compte/mot-de-passe",
					Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
			.statusCode()).isEqualTo(302);
		assertThat(session.get("/compte/mot-de-passe").body()).contains("Votre mot de passe est changé.");
		api.as(username, NEW_PASSWORD).get("/api/accounts/me").expect(200);
	}

	@Test
	void thePasswordPagePostedWithoutItsCsrfTokenChangesNothing() {
		String username = throwawayAccount();
		WebSession session = WebSession.logIn(port, username, PASSWORD);
		String hash = hashOf(username);

		assertThat(session
			.post("/compte/mot-de-passe", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
			.statusCode()).isEqualTo(403);

		assertThat(hashOf(username)).isEqualTo(hash);
	}

	@Test
	void signUpRefusesAPasswordContainingTheUserNameAndKeepsNothing() {
		String username = "tiers-lieu-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> organisation = Map.of("siret", "91234561800017", "name", "Tiers-lieu d'essai",
				"legalFormCode", "9220", "communeInseeCode", "76540", "address", "1 rue des Essais, 76000 Rouen",
				"employees", 3);

		JsonNode refused = api.anonymous()
			.post("/api/accounts", Map.of("username", username, "password", username + " 2026", "email",
					username + "@guichet-ess.example", "organisation", organisation))
			.expect(400);

		assertThat(refused.toString()).contains("password", "ne doit pas contenir votre identifiant");
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
				username)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from organisation where siret = ?", Integer.class,
				"91234561800017")).isZero();
	}

	private String throwawayAccount() {
		return ThrowawayAccounts.open(api, "mdp", "FINANCE", PASSWORD);
	}

	private String hashOf(String username) {
		return jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
				username);
	}

}
