package fr.metropolerouen.guichetess.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * An API client sending the same good password again is not made to wait for the password hash each time, but
 * nothing else changes: wrong passwords are checked and counted, a changed password or a disabled account applies at
 * once, and a verified password is trusted only for a while. The hash is counted, not timed.
 */
class VerifiedCredentialsTests {

	private static final String PASSWORD = "une phrase de passe assez longue";

	private final MovableClock clock = new MovableClock();

	private final CountingEncoder encoder = new CountingEncoder();

	private final Map<String, AccountPrincipal> rows = new HashMap<>();

	private final LoginThrottle throttle = mock(LoginThrottle.class);

	private final VerifiedCredentials verified = new VerifiedCredentials(
			new VerifiedCredentials.Settings(Duration.ofMinutes(5), 100), clock);

	private final ThrottledAuthenticationProvider provider;

	VerifiedCredentialsTests() {
		UserDetailsService accounts = username -> {
			AccountPrincipal row = rows.get(username);
			if (row == null) {
				throw new UsernameNotFoundException("Unknown user");
			}
			return row;
		};
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		when(throttle.lockedFor(any(), any())).thenReturn(java.util.Optional.empty());
		provider = new ThrottledAuthenticationProvider(passwords, throttle, accounts, verified);
		account("camille", PASSWORD, Role.OFFICER, true);
	}

	@Test
	void theSecondRequestWithTheSamePasswordSkipsTheHashAndWritesNothing() {
		Authentication first = provider.authenticate(attempt("camille", PASSWORD));
		Authentication second = provider.authenticate(attempt("camille", PASSWORD));

		assertThat(encoder.checks.get()).isEqualTo(1);
		assertThat(second.isAuthenticated()).isTrue();
		assertThat(second.getName()).isEqualTo("camille");
		assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
		verify(throttle, times(1)).succeeded("camille");
	}

	@Test
	void aWrongPasswordAfterAGoodOneIsCheckedRefusedAndCounted() {
		provider.authenticate(attempt("camille", PASSWORD));

		assertThatThrownBy(() -> provider.authenticate(attempt("camille", "pas le bon mot de passe")))
			.isInstanceOf(BadCredentialsException.class);

		assertThat(encoder.checks.get()).isEqualTo(2);
		verify(throttle).failed(eq("camille"), any());
	}

	@Test
	void aChangedPasswordRefusesTheOldOneAtOnceEvenWhenChangedOnAnotherNode() {
		provider.authenticate(attempt("camille", PASSWORD));
		// another node changes the row: no event reaches this one
		account("camille", "la nouvelle phrase de passe", Role.OFFICER, true);

		assertThatThrownBy(() -> provider.authenticate(attempt("camille", PASSWORD)))
			.isInstanceOf(BadCredentialsException.class);
		verify(throttle).failed(eq("camille"), any());
		assertThat(provider.authenticate(attempt("camille", "la nouvelle phrase de passe")).isAuthenticated()).isTrue();
	}

	@Test
	void thePasswordChangedEventForgetsTheEntry() {
		provider.authenticate(attempt("camille", PASSWORD));

		verified.on(new PasswordChanged("camille", clock.instant()));

		assertThat(verified.size()).isZero();
	}

	@Test
	void aDisabledAccountIsRefusedAtOnce() {
		provider.authenticate(attempt("camille", PASSWORD));
		account("camille", PASSWORD, Role.OFFICER, false);

		assertThatThrownBy(() -> provider.authenticate(attempt("camille", PASSWORD)))
			.isInstanceOf(DisabledException.class);
	}

	@Test
	void aNewRoleAppliesToTheNextRequest() {
		provider.authenticate(attempt("camille", PASSWORD));
		rows.put("camille", new AccountPrincipal(
				new AccountView(rows.get("camille").account().id(), "camille", "camille@example.org", Role.ADMIN, null),
				rows.get("camille").passwordHash(), true));

		Authentication next = provider.authenticate(attempt("camille", PASSWORD));

		assertThat(next.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
	}

	@Test
	void aVerifiedPasswordIsTrustedOnlyUntilTheTimeToLive() {
		provider.authenticate(attempt("camille", PASSWORD));
		clock.move(Duration.ofMinutes(4));
		provider.authenticate(attempt("camille", PASSWORD));
		assertThat(encoder.checks.get()).isEqualTo(1);

		clock.move(Duration.ofMinutes(2));
		provider.authenticate(attempt("camille", PASSWORD));

		assertThat(encoder.checks.get()).isEqualTo(2);
	}

	@Test
	void aLockedUserNameIsRefusedEvenWithAVerifiedPassword() {
		provider.authenticate(attempt("camille", PASSWORD));
		when(throttle.lockedFor(eq("camille"), any())).thenReturn(java.util.Optional.of(Duration.ofMinutes(15)));

		assertThatThrownBy(() -> provider.authenticate(attempt("camille", PASSWORD)))
			.isInstanceOf(LoginThrottledException.class);
	}

	@Test
	void theCacheKeepsAtMostItsSize() {
		VerifiedCredentials small = new VerifiedCredentials(new VerifiedCredentials.Settings(Duration.ofMinutes(5), 2),
				clock);
		small.remember("a", PASSWORD, "h");
		small.remember("b", PASSWORD, "h");
		small.remember("c", PASSWORD, "h");

		assertThat(small.size()).isEqualTo(2);
		assertThat(small.verifiedHash("a", PASSWORD)).isEmpty();
		assertThat(small.verifiedHash("c", PASSWORD)).contains("h");
	}

	@Test
	void aZeroTimeToLiveTurnsTheCacheOff() {
		VerifiedCredentials off = new VerifiedCredentials(new VerifiedCredentials.Settings(Duration.ZERO, 10), clock);
		ThrottledAuthenticationProvider uncached = new ThrottledAuthenticationProvider(
				new DaoAuthenticationProvider(rows::get) {
					{
						setPasswordEncoder(encoder);
					}
				}, throttle, rows::get, off);

		uncached.authenticate(attempt("camille", PASSWORD));
		uncached.authenticate(attempt("camille", PASSWORD));

		assertThat(encoder.checks.get()).isEqualTo(2);
		verify(throttle, never()).failed(any(), any());
	}

	private void account(String username, String password, Role role, boolean enabled) {
		UUID id = rows.containsKey(username) ? rows.get(username).account().id() : UUID.randomUUID();
		rows.put(username, new AccountPrincipal(new AccountView(id, username, username + "@example.org", role, null),
				encoder.encode(password), enabled));
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

	/** Stands for Argon2id: counts the checks. */
	private static final class CountingEncoder implements PasswordEncoder {

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return "{plain}" + raw + "#" + UUID.randomUUID();
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			checks.incrementAndGet();
			return encoded.startsWith("{plain}" + raw + "#");
		}

	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-27T08:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
