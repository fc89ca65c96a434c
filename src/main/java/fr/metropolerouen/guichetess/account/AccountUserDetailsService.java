package fr.metropolerouen.guichetess.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Reads accounts for the login, and stores the new hash of a password whose old hash was made by an older algorithm
 * or weaker parameters (Spring Security calls {@link #updatePassword} after a successful login).
 */
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private static final Logger log = LoggerFactory.getLogger(AccountUserDetailsService.class);

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(AccountUserDetailsService::principal)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		UserAccount account = accounts.findByUsername(user.getUsername()).orElseThrow();
		account.changePasswordHash(newPasswordHash);
		accounts.save(account);
		log.info("Password hash of account '{}' upgraded to the current algorithm", account.username());
		return principal(account);
	}

	private static AccountPrincipal principal(UserAccount account) {
		return new AccountPrincipal(account.view(), account.passwordHash(), account.enabled());
	}

}
