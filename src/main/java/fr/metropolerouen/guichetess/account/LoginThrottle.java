package fr.metropolerouen.guichetess.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.shared.FileStore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins counted per user name (known or not: the answer must not tell) and per client address, in the
 * database. User names are kept as SHA-256 digests: people type their password in the user name field.
 */
@Component
class LoginThrottle {

	private final LoginThrottleRepository entries;

	private final Clock clock;

	private final Limits limits;

	LoginThrottle(LoginThrottleRepository entries, Clock clock, Limits limits) {
		this.entries = entries;
		this.clock = clock;
		this.limits = limits;
	}

	/** How long logins for this user name or from this address stay refused, if they are. */
	@Transactional(readOnly = true)
	Optional<Duration> lockedFor(String username, String address) {
		return Stream
			.of(entries.findById(userKey(username)).flatMap(entry -> entry.lockedFor(clock.instant(), limits.user())),
					entries.findById(addressKey(address))
						.flatMap(entry -> entry.lockedFor(clock.instant(), limits.address())))
			.flatMap(Optional::stream)
			.max(Duration::compareTo);
	}

	@Transactional
	void failed(String username, String address) {
		count(userKey(username), limits.user());
		count(addressKey(address), limits.address());
	}

	/** A successful login forgets the user name's failures (not the address's: others may share it). */
	@Transactional
	void succeeded(String username) {
		entries.findById(userKey(username)).ifPresent(entries::delete);
	}

	private void count(String key, LoginLimit limit) {
		LoginThrottleEntry entry = entries.findForUpdate(key)
			.orElseGet(() -> entries.save(new LoginThrottleEntry(key, clock.instant())));
		entry.failed(clock.instant(), limit);
	}

	private static String userKey(String username) {
		return "user:" + sha256(username.toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + (address.length() <= 64 ? address : sha256(address));
	}

	private static String sha256(String text) {
		return FileStore.sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The limits per user name and per client address ({@code guichet.security.login-throttling}). */
	@ConfigurationProperties("guichet.security.login-throttling")
	record Limits(LoginLimit user, LoginLimit address) {
	}

}
