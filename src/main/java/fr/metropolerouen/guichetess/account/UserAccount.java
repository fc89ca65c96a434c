package fr.metropolerouen.guichetess.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String email, Role role, UUID organisationId, Instant now) {
		if (role == Role.SYSTEM) {
			throw new IllegalArgumentException("The system actor has no account");
		}
		if ((role == Role.APPLICANT) != (organisationId != null)) {
			throw new IllegalArgumentException("An applicant account, and only one, belongs to an organisation");
		}
		this.id = UUID.randomUUID();
		this.username = username;
		this.passwordHash = passwordHash;
		this.email = email;
		this.role = role;
		this.organisationId = organisationId;
		this.enabled = true;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	String email() {
		return email;
	}

	Role role() {
		return role;
	}

	UUID organisationId() {
		return organisationId;
	}

	boolean enabled() {
		return enabled;
	}

	/** A new hash: the owner changed the password, or the old hash was made by an older algorithm. */
	void changePasswordHash(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	AccountView view() {
		return new AccountView(id, username, email, role, organisationId);
	}

}
