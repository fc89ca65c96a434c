package fr.metropolerouen.guichetess.clawback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DocumentView;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.payment.PaymentHold;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens withdrawal procedures, records the beneficiary's observations, and tells other modules whether a procedure
 * is open on a dossier. Every change locks the dossier first: a procedure and the payments of its dossier are
 * applied one after the other.
 */
@Service
@Transactional
public class WithdrawalProcedures implements PaymentHold {

	private final WithdrawalProcedureRepository procedures;

	private final Dossiers dossiers;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	private final EnvelopeLedger ledger;

	private final WithdrawalProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WithdrawalProcedures(WithdrawalProcedureRepository procedures, Dossiers dossiers, DossierLifecycle lifecycle,
			DossierJournal journal, EnvelopeLedger ledger, WithdrawalProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.procedures = procedures;
		this.dossiers = dossiers;
		this.lifecycle = lifecycle;
		this.journal = journal;
		this.ledger = ledger;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** While a procedure is open, the dossier's payments are held: none is claimed, liquidated or ordered. */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> reasonToHold(UUID dossierId) {
		return procedures.existsByOpenDossierId(dossierId)
				? Optional.of("Une procédure de retrait est en cours sur ce dossier : aucun versement ne peut être demandé,"
						+ " liquidé ni mandaté avant la décision.")
				: Optional.empty();
	}

	/**
	 * Opens a procedure on a grant still being paid, or on a closed dossier whose grant was paid (the money may have
	 * to be recovered: no time limit when the conditions were breached, L.242-2 2°).
	 */
	public WithdrawalProcedureView open(UUID dossierId, WithdrawalTrigger trigger, String facts,
			Integer observationDays, Actor officer) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, officer);
		requireGrantInForce(dossier);
		if (procedures.existsByOpenDossierId(dossierId)) {
			throw new ConflictException("Une procédure de retrait est déjà en cours sur le dossier "
					+ dossier.reference() + ".");
		}
		Period period = observationDays == null ? properties.observationPeriod() : Period.ofDays(observationDays);
		LocalDate deadline = today().plus(period);
		WithdrawalProcedure procedure = procedures.saveAndFlush(new WithdrawalProcedure(dossierId,
				procedures.countByDossierId(dossierId) + 1, trigger, facts.strip(), deadline, clock.instant(),
				officer.username()));
		journal.record(dossierId, officer, TimelineAction.WITHDRAWAL_OPENED,
				"Procédure n° " + procedure.number() + " (" + trigger.frenchLabel() + ") : observations attendues"
						+ " jusqu'au " + FrenchFormat.longDate(deadline) + ".");
		events.publishEvent(new WithdrawalEvents.WithdrawalOpened(procedure.id(), dossierId,
				dossier.organisationId(), dossier.reference(), procedure.number(),
				deadline.plusDays(1).atStartOfDay(FrenchFormat.ZONE).toInstant()));
		return procedure.view(dossier.reference(), today());
	}

	/** The beneficiary's answer, with documents already attached to the dossier, before the deadline. */
	public WithdrawalProcedureView recordObservations(UUID procedureId, String text, List<UUID> documentIds,
			Actor applicant) {
		WithdrawalProcedure procedure = find(procedureId);
		DossierSnapshot dossier = visibleLocked(procedure, applicant);
		List<UUID> documents = documentIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(documentIds));
		requireDocumentsOf(dossier, documents);
		procedure.recordObservations(text.strip(), documents, clock.instant(), today(), applicant.username());
		journal.record(dossier.id(), applicant, TimelineAction.WITHDRAWAL_OBSERVATIONS_RECEIVED,
				"Procédure n° " + procedure.number() + " : observations présentées"
						+ (documents.isEmpty() ? "." : " avec " + documents.size() + " pièce(s)."));
		events.publishEvent(new WithdrawalEvents.ObservationsReceived(procedure.id(), dossier.id()));
		return procedure.view(dossier.reference(), today());
	}

	@Transactional(readOnly = true)
	public WithdrawalProcedureView get(UUID procedureId, Actor reader) {
		WithdrawalProcedure procedure = find(procedureId);
		return procedure.view(visible(procedure, reader).reference(), today());
	}

	@Transactional(readOnly = true)
	public List<WithdrawalProcedureView> ofDossier(UUID dossierId, Actor reader) {
		String reference = dossiers.getVisible(dossierId, reader).reference();
		return procedures.findByDossierIdOrderByNumber(dossierId)
			.stream()
			.map(procedure -> procedure.view(reference, today()))
			.toList();
	}

	private void requireGrantInForce(DossierSnapshot dossier) {
		if (!DossierStatus.WITH_GRANT_IN_FORCE.contains(dossier.status())) {
			throw new ConflictException("Le dossier " + dossier.reference() + " n'a pas d'aide accordée à retirer"
					+ " (statut « " + dossier.status().frenchLabel() + " »).");
		}
		if (dossier.status() == DossierStatus.CLOSED && ledger.moneyOf(dossier.id()).netPaid().signum() == 0) {
			throw new ConflictException("Le dossier " + dossier.reference() + " est clos et rien de ce qui a été"
					+ " versé ne reste à reverser.");
		}
	}

	private void requireDocumentsOf(DossierSnapshot dossier, List<UUID> documentIds) {
		Set<UUID> attached = dossiers.documents(dossier.id())
			.stream()
			.map(DocumentView::id)
			.collect(Collectors.toSet());
		List<FieldError> unknown = documentIds.stream()
			.filter(id -> !attached.contains(id))
			.map(id -> new FieldError("documentIds", "la pièce " + id + " n'est pas jointe au dossier"))
			.toList();
		if (!unknown.isEmpty()) {
			throw new InvalidRequestException("Les observations ne peuvent pas être enregistrées.", unknown);
		}
	}

	WithdrawalProcedure find(UUID procedureId) {
		return procedures.findById(procedureId).orElseThrow(WithdrawalProcedures::notFound);
	}

	/** Locks the procedure's dossier; a procedure on another organisation's dossier does not exist for the actor. */
	DossierSnapshot visibleLocked(WithdrawalProcedure procedure, Actor actor) {
		try {
			return lifecycle.lock(procedure.dossierId(), actor);
		}
		catch (NotFoundException hidden) {
			throw notFound();
		}
	}

	private DossierSnapshot visible(WithdrawalProcedure procedure, Actor actor) {
		try {
			return dossiers.getVisible(procedure.dossierId(), actor);
		}
		catch (NotFoundException hidden) {
			throw notFound();
		}
	}

	private LocalDate today() {
		return FrenchFormat.today(clock);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Procédure de retrait introuvable.");
	}

}
