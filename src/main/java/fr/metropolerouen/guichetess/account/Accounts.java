package fr.metropolerouen.guichetess.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up user accounts. */
@Service
public class Accounts {

	private static final Logger log = LoggerFactory.getLogger(Accounts.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public AccountView createApplicant(String username, String rawPassword, String email, UUID organisationId) {
		return create(username, rawPassword, email, Role.APPLICANT, organisationId);
	}

	@Transactional
	public AccountView create(String username, String rawPassword, String email, Role role, UUID organisationId) {
		if (accounts.existsByUsername(username)) {
			throw new ConflictException("L'identifiant « " + username + " » est déjà utilisé.");
		}
		passwordPolicy.check(username, rawPassword, "password");
		UserAccount account = new UserAccount(username, passwordEncoder.encode(rawPassword), email, role,
				organisationId, clock.instant());
		AccountView created = accounts.save(account).view();
		events.publishEvent(new AccountCreated(clock.instant(), username, role, organisationId));
		return created;
	}

	/**
	 * A logged-in user changes their own password: the current one proves it is them (a session left open on a
	 * shared computer is not enough), the new one follows the password policy.
	 */
	@Transactional
	public void changePassword(String username, String currentPassword, String newPassword) {
		UserAccount account = accounts.findByUsername(username).orElseThrow();
		if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new InvalidRequestException("Le mot de passe actuel est incorrect.",
					List.of(new InvalidRequestException.FieldError("currentPassword", "est incorrect")));
		}
		passwordPolicy.check(username, newPassword, "newPassword");
		if (newPassword.equals(currentPassword)) {
			throw new InvalidRequestException("Le nouveau mot de passe est celui d'aujourd'hui.", List.of(
					new InvalidRequestException.FieldError("newPassword", "doit être différent du mot de passe actuel")));
		}
		account.changePasswordHash(passwordEncoder.encode(newPassword));
		events.publishEvent(new PasswordChanged(username, clock.instant()));
		log.info("Account '{}' changed its password", username);
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return accounts.existsByUsername(username);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(String username) {
		return accounts.findByUsername(username).map(UserAccount::view);
	}

	/** Every account, by role then username: what administrators review. */
	@Transactional(readOnly = true)
	public List<AccountView> all() {
		return accounts.findAll()
			.stream()
			.map(UserAccount::view)
			.sorted(java.util.Comparator.comparing(AccountView::role).thenComparing(AccountView::username))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AccountView> membersOf(UUID organisationId) {
		return accounts.findByOrganisationIdOrderByCreatedAt(organisationId).stream().map(UserAccount::view).toList();
	}

}
