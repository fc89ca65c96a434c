package fr.metropolerouen.guichetess.support;

import java.util.Map;
import java.util.UUID;

/**
 * Staff accounts opened by the demo administrator for one test only: tests that lock, log out or change a password
 * never touch the demo accounts other tests use.
 */
public final class ThrowawayAccounts {

	private ThrowawayAccounts() {
	}

	/** A new account named {@code prefix-xxxxxxxx}, which {@link Api#as(String)} logs in; its user name is returned. */
	public static String open(Api api, String prefix, String role) {
		return open(api, prefix, role, Api.passwordOf(prefix));
	}

	/** A new account named {@code prefix-xxxxxxxx}; its user name is returned. */
	public static String open(Api api, String prefix, String role, String password) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		api.as("admin")
			.post("/api/admin/accounts", Map.of("username", username, "password", password, "email",
					username + "@guichet-ess.example", "role", role))
			.expect(201);
		return username;
	}

}
