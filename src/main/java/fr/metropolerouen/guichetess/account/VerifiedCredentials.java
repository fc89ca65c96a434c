package fr.metropolerouen.guichetess.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;

/**
 * Credentials that passed the full Argon2id check lately, so that a stateless API client sending HTTP Basic on every
 * request pays the password hash once every few minutes instead of on each call (≈ 0.4 s of CPU each: the API could
 * not serve more than a few requests per second per core otherwise). The same trade-off as Apache's
 * mod_authn_socache.
 * <p>
 * What is kept per user name: an HMAC-SHA-256 of the password under a key drawn at start-up and never written
 * anywhere (so a heap dump gives neither the password nor a hash that can be attacked offline without the key), the
 * account's password hash it was checked against, and an expiry. A request is served from here only if its password
 * gives the same HMAC <em>and</em> the account, read again from the database on that request, still has that very
 * password hash and is enabled ({@link ThrottledAuthenticationProvider}): a password changed or an account disabled
 * on any node takes effect on the next request, without waiting for the expiry. Bounded: the least recently used
 * entries go first.
 */
final class VerifiedCredentials {

	private final Mac prototype;

	private final Clock clock;

	private final Duration timeToLive;

	private final Map<String, Entry> entries;

	VerifiedCredentials(Settings settings, Clock clock) {
		this.clock = clock;
		this.timeToLive = settings.timeToLive();
		int maxEntries = settings.maxEntries();
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
				return size() > maxEntries;
			}
		};
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		try {
			this.prototype = Mac.getInstance("HmacSHA256");
			this.prototype.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException missing) {
			throw new IllegalStateException("HMAC-SHA-256 unavailable", missing);
		}
	}

	boolean enabled() {
		return !timeToLive.isZero() && !timeToLive.isNegative();
	}

	/**
	 * The password hash these credentials were verified against, if they were within the time to live; the caller
	 * compares it with the account's current hash.
	 */
	Optional<String> verifiedHash(String username, String password) {
		if (!enabled()) {
			return Optional.empty();
		}
		Entry entry;
		synchronized (entries) {
			entry = entries.get(username);
		}
		if (entry == null) {
			return Optional.empty();
		}
		if (!clock.instant().isBefore(entry.expires())) {
			forget(username);
			return Optional.empty();
		}
		return MessageDigest.isEqual(entry.passwordMac(), mac(username, password)) ? Optional.of(entry.passwordHash())
				: Optional.empty();
	}

	/** After a full, successful check: until the expiry, the same password is accepted with this hash. */
	void remember(String username, String password, String passwordHash) {
		if (!enabled()) {
			return;
		}
		Entry entry = new Entry(mac(username, password), passwordHash, clock.instant().plus(timeToLive));
		synchronized (entries) {
			entries.put(username, entry);
		}
	}

	/** Belt and braces: the row is checked on each hit anyway, but the old password's entry has no use left. */
	@EventListener
	void on(PasswordChanged changed) {
		forget(changed.username());
	}

	void forget(String username) {
		synchronized (entries) {
			entries.remove(username);
		}
	}

	int size() {
		synchronized (entries) {
			return entries.size();
		}
	}

	private byte[] mac(String username, String password) {
		Mac mac;
		try {
			mac = (Mac) prototype.clone();
		}
		catch (CloneNotSupportedException notCloneable) {
			throw new IllegalStateException(notCloneable);
		}
		// the user name is part of the message: two accounts with one password do not share a digest
		mac.update(username.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
	}

	private record Entry(byte[] passwordMac, String passwordHash, Instant expires) {
	}

	/**
	 * {@code guichet.security.verified-credentials}: how long a verified password is trusted without the hash (zero
	 * turns the cache off), and how many user names are kept at most.
	 */
	@ConfigurationProperties("guichet.security.verified-credentials")
	record Settings(@DefaultValue("PT5M") Duration timeToLive, @DefaultValue("10000") int maxEntries) {
	}

}
