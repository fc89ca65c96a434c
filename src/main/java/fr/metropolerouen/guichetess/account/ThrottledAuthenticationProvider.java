package fr.metropolerouen.guichetess.account;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Checks user name and password (the login form and the API's HTTP Basic alike) unless the user name or the client
 * address has failed too often lately ({@link LoginThrottle}). Failures are logged, without the password.
 * <p>
 * Credentials that passed the full check lately are accepted without Argon2id ({@link VerifiedCredentials}), after
 * reading the account again: it must still exist, be enabled and have the password hash they were checked against,
 * so a password change, a disabled account or a new role (the principal is rebuilt from the row) applies at once, on
 * every node. Anything else (a wrong password, an unknown user, an expired entry) takes the full, counted path. A
 * cached success writes nothing: the throttle had nothing to forget when that entry was made.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final UserDetailsService accounts;

	private final VerifiedCredentials verified;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle,
			UserDetailsService accounts, VerifiedCredentials verified) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
		this.verified = verified;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = addressOf(attempt);
		Optional<Duration> locked = database(() -> throttle.lockedFor(username, address));
		if (locked.isPresent()) {
			log.warn("Login refused without checking the password: too many failures for user name '{}' or from {}",
					printable(username), address);
			throw new LoginThrottledException(locked.get());
		}
		String password = attempt.getCredentials() instanceof String typed ? typed : null;
		if (password != null) {
			Optional<Authentication> remembered = fromVerified(attempt, username, password);
			if (remembered.isPresent()) {
				return remembered.get();
			}
		}
		try {
			Authentication authenticated = passwords.authenticate(attempt);
			database(() -> {
				throttle.succeeded(username);
				return null;
			});
			if (password != null && authenticated.getPrincipal() instanceof UserDetails user) {
				verified.remember(username, password, user.getPassword());
			}
			return authenticated;
		}
		catch (BadCredentialsException failure) {
			log.warn("Failed login for user name '{}' from {}", printable(username), address);
			try {
				database(() -> {
					throttle.failed(username, address);
					return null;
				});
			}
			catch (InternalAuthenticationServiceException notCounted) {
				if (!(notCounted.getCause() instanceof DataIntegrityViolationException)) {
					throw notCounted;
				}
				// two first failures of one key at once (two nodes): the other transaction created the row and counted
			}
			throw failure;
		}
	}

	/** The same password as a recent full check, and the account unchanged since: authenticated without the hash. */
	private Optional<Authentication> fromVerified(Authentication attempt, String username, String password) {
		Optional<String> checkedHash = verified.verifiedHash(username, password);
		if (checkedHash.isEmpty()) {
			return Optional.empty();
		}
		UserDetails current = database(() -> {
			try {
				return accounts.loadUserByUsername(username);
			}
			catch (UsernameNotFoundException gone) {
				return null;
			}
		});
		if (current == null || !current.isEnabled() || !current.isAccountNonLocked() || !current.isAccountNonExpired()
				|| !current.isCredentialsNonExpired() || !checkedHash.get().equals(current.getPassword())) {
			verified.forget(username);
			return Optional.empty();
		}
		UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(current,
				attempt.getCredentials(), current.getAuthorities());
		authenticated.setDetails(attempt.getDetails());
		return Optional.of(authenticated);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String addressOf(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "unknown";
	}

	/** What was typed as user name, safe for a log line (no line breaks, no pasted novel). */
	private static String printable(String username) {
		String shown = username.length() > 40 ? username.substring(0, 40) + "…" : username;
		return shown.replaceAll("[^\\p{Alnum}._@-]", "?");
	}

	/** The counters could not be read or written: the credentials were not judged (503 on the API, as for accounts). */
	private static <T> T database(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (DataAccessException | TransactionException unreachable) {
			throw new InternalAuthenticationServiceException("Login throttling unavailable", unreachable);
		}
	}

}
