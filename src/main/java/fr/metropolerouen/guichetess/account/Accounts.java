package fr.metropolerouen.guichetess.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up user accounts. */
@Service
public class Accounts {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
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
		UserAccount account = new UserAccount(username, passwordEncoder.encode(rawPassword), email, role,
				organisationId, clock.instant());
		AccountView created = accounts.save(account).view();
		events.publishEvent(new AccountCreated(clock.instant(), username, role, organisationId));
		return created;
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
