package fr.metropolerouen.guichetess.account;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * New passwords are hashed with Argon2id; the BCrypt hashes stored before it are still accepted, and replaced by an
 * Argon2id hash at their owner's next successful login ({@link AccountUserDetailsService#updatePassword}). Each hash
 * says which algorithm and parameters made it ({@code {argon2}$argon2id$v=19$m=19456,t=2,p=1$...}), so lowering the
 * parameters for the tests never weakens a production hash, and raising them later upgrades hashes the same way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordHashing.Argon2Settings.class)
class PasswordHashing {

	static final String ARGON2 = "argon2";

	static final String BCRYPT = "bcrypt";

	private static final int SALT_BYTES = 16;

	private static final int HASH_BYTES = 32;

	@Bean
	PasswordEncoder passwordEncoder(Argon2Settings argon2,
			@Value("${guichet.security.bcrypt-strength:10}") int bcryptStrength) {
		return new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, argon2.parallelism(),
						argon2.memoryKib(), argon2.iterations()), BCRYPT, new BCryptPasswordEncoder(bcryptStrength)));
	}

	/**
	 * Argon2id's cost. The defaults are OWASP's minimum for Argon2id (Password Storage Cheat Sheet: 19 MiB of memory,
	 * 2 passes, 1 lane), which costs as much CPU as the BCrypt cost 10 used before (measured side by side): every
	 * API call authenticates, so the cost is paid on each request; the memory cost is what makes guessing expensive
	 * on an attacker's GPU.
	 */
	@ConfigurationProperties("guichet.security.argon2")
	record Argon2Settings(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
			@DefaultValue("1") int parallelism) {
	}

}
