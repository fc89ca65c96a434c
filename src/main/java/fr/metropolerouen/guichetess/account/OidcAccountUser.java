package fr.metropolerouen.guichetess.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user logged in through an OpenID Connect provider, acting as the local account it was matched to: the account's
 * user name, role and organisation, never the provider's.
 */
final class OidcAccountUser extends DefaultOidcUser implements SignedInAccount {

	private final AccountView account;

	OidcAccountUser(AccountView account, OidcUser identity) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())), identity.getIdToken(),
				identity.getUserInfo());
		this.account = account;
	}

	@Override
	public AccountView account() {
		return account;
	}

	@Override
	public String getName() {
		return account.username();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OidcAccountUser user && super.equals(other) && account.equals(user.account);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + account.hashCode();
	}

}
