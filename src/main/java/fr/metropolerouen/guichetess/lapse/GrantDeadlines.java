package fr.metropolerouen.guichetess.lapse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.clawback.WithdrawalEvents;
import fr.metropolerouen.guichetess.committee.CommitteeDecisionRecorded;
import fr.metropolerouen.guichetess.committee.DecisionOutcome;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.payment.PaymentEvents;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of grants: set when a grant takes effect, met by the beneficiary's payment requests, extended once
 * by an officer, cancelled when the grant ends otherwise. The process engine calls {@link #warn} and
 * {@link GrantLapses#lapse} when their dates come.
 */
@Service
@Transactional
public class GrantDeadlines {

	private final GrantDeadlineRepository deadlines;

	private final DeadlineCalendar calendar;

	private final Dossiers dossiers;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	private final LapseLetters letters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GrantDeadlines(GrantDeadlineRepository deadlines, DeadlineCalendar calendar, Dossiers dossiers,
			DossierLifecycle lifecycle, DossierJournal journal, LapseLetters letters, ApplicationEventPublisher events,
			Clock clock) {
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.dossiers = dossiers;
		this.lifecycle = lifecycle;
		this.journal = journal;
		this.letters = letters;
		this.events = events;
		this.clock = clock;
	}

	/** The grant took effect at the closing of its session: its deadlines start to run from the decision date. */
	@EventListener
	void on(CommitteeDecisionRecorded decision) {
		if (decision.outcome() != DecisionOutcome.GRANTED
				|| !deadlines.findByDossierIdOrderByDueOn(decision.dossierId()).isEmpty()) {
			return;
		}
		DossierSnapshot dossier = dossiers.get(decision.dossierId());
		Map<DeadlineKind, LocalDate> dates = calendar.deadlinesOf(dossier, FrenchFormat.today(clock));
		if (dates.isEmpty()) {
			return;
		}
		dates.forEach((kind, dueOn) -> {
			GrantDeadline deadline = deadlines.save(new GrantDeadline(dossier.id(), kind, dueOn));
			events.publishEvent(new DeadlineEvents.DeadlineSet(deadline.id(), dossier.id(), dossier.reference(), kind,
					calendar.warnOn(dueOn), dueOn));
		});
		journal.record(dossier.id(), Actor.SYSTEM, TimelineAction.DEADLINES_SET, dates.entrySet()
			.stream()
			.map(deadline -> deadline.getKey().frenchLabel() + " au plus tard le "
					+ FrenchFormat.longDate(deadline.getValue()))
			.collect(Collectors.joining(" ; ", "", ".")));
	}

	/** Any payment request, whatever finance then decides, meets the deadline of the first one. */
	@EventListener
	void on(PaymentEvents.PaymentRequested event) {
		meet(event.dossierId(), DeadlineKind.FIRST_PAYMENT_REQUEST);
	}

	@EventListener
	void on(PaymentEvents.FinalPaymentRequested event) {
		meet(event.dossierId(), DeadlineKind.COMPLETION);
	}

	/** A settled grant was completed; no other deadline has anything left to check. */
	@EventListener
	void on(PaymentEvents.GrantSettled event) {
		meet(event.dossierId(), DeadlineKind.COMPLETION);
		cancelOpenDeadlines(event.dossierId(), "Aide soldée");
	}

	/** A grant withdrawn (in full, or in part with nothing left to pay) has no deadline left to meet. */
	@EventListener
	void on(WithdrawalEvents.WithdrawalDecided event) {
		if (event.grantEnded()) {
			cancelOpenDeadlines(event.dossierId(), "Aide retirée");
		}
	}

	/** An officer moves an open deadline later, once, and says why; the warning and the lapse move with it. */
	public GrantDeadlineView extend(UUID dossierId, DeadlineKind kind, LocalDate newDueOn, String reason,
			Actor officer) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, officer);
		GrantDeadline deadline = deadlines.findByDossierIdAndKind(dossier.id(), kind)
			.orElseThrow(() -> new NotFoundException("Cette aide n'a pas d'échéance « " + kind.frenchLabel() + " »."));
		LocalDate today = FrenchFormat.today(clock);
		if (!newDueOn.isAfter(deadline.dueOn()) || !newDueOn.isAfter(today)) {
			throw new InvalidRequestException("La nouvelle échéance n'est pas valide.", List.of(new FieldError(
					"newDueOn", "doit être postérieure à l'échéance actuelle (" + deadline.dueOn()
							+ ") et à aujourd'hui (" + today + ")")));
		}
		LocalDate before = deadline.dueOn();
		deadline.extend(newDueOn, reason.strip(), officer.username(), clock.instant());
		journal.record(dossierId, officer, TimelineAction.DEADLINE_EXTENDED,
				kind.frenchLabel() + " : échéance du " + FrenchFormat.longDate(before) + " reportée au "
						+ FrenchFormat.longDate(newDueOn) + ". Motif : " + reason.strip());
		events.publishEvent(
				new DeadlineEvents.DeadlineExtended(deadline.id(), calendar.warnOn(newDueOn), newDueOn));
		return view(deadline);
	}

	@Transactional(readOnly = true)
	public List<GrantDeadlineView> of(UUID dossierId, Actor reader) {
		return deadlines.findByDossierIdOrderByDueOn(dossiers.getVisible(dossierId, reader).id())
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * The warning date of an open deadline came: the beneficiary is told what to do before the deadline. Nothing
	 * happens if the deadline was met or cancelled meanwhile.
	 */
	public void warn(UUID deadlineId) {
		GrantDeadline deadline = find(deadlineId);
		if (!deadline.isOpen()) {
			return;
		}
		DossierSnapshot dossier = dossiers.get(deadline.dossierId());
		deadline.warned(FrenchFormat.today(clock));
		letters.warn(dossier, deadline);
		journal.record(dossier.id(), Actor.SYSTEM, TimelineAction.DEADLINE_WARNING_SENT,
				deadline.kind().frenchLabel() + " : l'aide deviendra caduque si rien n'est fait avant la fin du "
						+ FrenchFormat.longDate(deadline.dueOn()) + ".");
	}

	void cancelOpenDeadlines(UUID dossierId, String why) {
		List<GrantDeadline> open = deadlines.findByDossierIdOrderByDueOn(dossierId)
			.stream()
			.filter(GrantDeadline::isOpen)
			.toList();
		if (open.isEmpty()) {
			return;
		}
		open.forEach(deadline -> {
			deadline.cancel();
			events.publishEvent(new DeadlineEvents.DeadlineClosed(deadline.id(), DeadlineStatus.CANCELLED));
		});
		journal.record(dossierId, Actor.SYSTEM, TimelineAction.DEADLINES_CANCELLED, why + " : "
				+ open.stream().map(deadline -> deadline.kind().frenchLabel()).collect(Collectors.joining(", "))
				+ " sans objet.");
	}

	GrantDeadline find(UUID deadlineId) {
		return deadlines.findById(deadlineId)
			.orElseThrow(() -> new NotFoundException("Échéance introuvable : " + deadlineId + "."));
	}

	private void meet(UUID dossierId, DeadlineKind kind) {
		deadlines.findByDossierIdAndKind(dossierId, kind).filter(GrantDeadline::isOpen).ifPresent(deadline -> {
			deadline.met(clock.instant());
			journal.record(dossierId, Actor.SYSTEM, TimelineAction.DEADLINE_MET,
					kind.frenchLabel() + " : échéance du " + FrenchFormat.longDate(deadline.dueOn()) + " respectée.");
			events.publishEvent(new DeadlineEvents.DeadlineClosed(deadline.id(), DeadlineStatus.MET));
		});
	}

	private GrantDeadlineView view(GrantDeadline deadline) {
		return deadline.view(calendar.warnOn(deadline.dueOn()));
	}

}
