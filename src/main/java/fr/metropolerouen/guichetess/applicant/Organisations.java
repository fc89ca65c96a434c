package fr.metropolerouen.guichetess.applicant;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.AccountView;
import fr.metropolerouen.guichetess.account.Accounts;
import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import fr.metropolerouen.guichetess.audit.AuditSubjects;
import fr.metropolerouen.guichetess.audit.AuditTrail;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers ESS enterprises and tells other modules who they are. */
@Service
public class Organisations {

	private final OrganisationRepository organisations;

	private final Accounts accounts;

	private final AuditTrail auditTrail;

	private final Clock clock;

	Organisations(OrganisationRepository organisations, Accounts accounts, AuditTrail auditTrail, Clock clock) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Sign-up: the organisation and its first applicant account, together or not at all. */
	@Transactional
	public SignedUp signUp(String username, String password, String email, OrganisationDetails details) {
		if (organisations.existsBySiret(details.siret())) {
			throw new ConflictException("Une structure portant le SIRET " + details.siret()
					+ " est déjà inscrite. Demandez à son gestionnaire de vous ouvrir un accès.");
		}
		Organisation organisation = organisations.save(new Organisation(details, email, clock.instant()));
		AccountView account = accounts.createApplicant(username, password, email, organisation.id());
		// nobody is logged in at sign-up: the person signing up is the actor
		auditTrail.record(clock.instant(), new Actor(username, Role.APPLICANT, organisation.id()),
				AuditSubjects.ORGANISATION, organisation.id(), "ORGANISATION_REGISTERED", null,
				"SIRET " + details.siret(), null);
		return new SignedUp(account, organisation.view());
	}

	@Transactional(readOnly = true)
	public OrganisationView get(UUID id) {
		return organisations.findById(id)
			.map(Organisation::view)
			.orElseThrow(() -> new NotFoundException("Structure introuvable."));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> findBySiret(String siret) {
		return organisations.findBySiret(siret).map(Organisation::view);
	}

	/** Several organisations at once, by id (for reports that list many dossiers). */
	@Transactional(readOnly = true)
	public Map<UUID, OrganisationView> getAll(Collection<UUID> ids) {
		return organisations.findAllById(ids)
			.stream()
			.map(Organisation::view)
			.collect(Collectors.toMap(OrganisationView::id, Function.identity()));
	}

	public record SignedUp(AccountView account, OrganisationView organisation) {
	}

}
