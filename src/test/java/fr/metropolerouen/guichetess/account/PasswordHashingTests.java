package fr.metropolerouen.guichetess.account;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTests {

	private static final String PASSWORD = "les pommiers fleurissent en avril";

	private final PasswordEncoder production = new PasswordHashing()
		.passwordEncoder(new PasswordHashing.Argon2Settings(19456, 2, 1), 10);

	@Test
	void newPasswordsAreHashedWithArgon2idAndOwaspParameters() {
		String hash = production.encode(PASSWORD);

		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(hash).hasSizeLessThanOrEqualTo(255);
		assertThat(production.matches(PASSWORD, hash)).isTrue();
		assertThat(production.matches("les pommiers fleurissent en mai", hash)).isFalse();
		assertThat(production.upgradeEncoding(hash)).isFalse();
	}

	@Test
	void bcryptHashesStillMatchAndAreToBeUpgraded() {
		String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

		assertThat(production.matches(PASSWORD, bcrypt)).isTrue();
		assertThat(production.upgradeEncoding(bcrypt)).isTrue();
	}

	@Test
	void hashesMadeWithCheaperParametersAreToBeUpgraded() {
		String cheap = new PasswordHashing().passwordEncoder(new PasswordHashing.Argon2Settings(64, 1, 1), 4)
			.encode(PASSWORD);

		assertThat(production.matches(PASSWORD, cheap)).as("each hash carries its own parameters").isTrue();
		assertThat(production.upgradeEncoding(cheap)).isTrue();
	}

}
