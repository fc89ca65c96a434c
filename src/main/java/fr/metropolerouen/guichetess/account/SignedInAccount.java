package fr.metropolerouen.guichetess.account;

/** The principal of a logged-in user, by password ({@link AccountPrincipal}) or by OpenID Connect ({@link OidcAccountUser}). */
interface SignedInAccount {

	AccountView account();

	default Actor actor() {
		return new Actor(account().username(), account().role(), account().organisationId());
	}

}
