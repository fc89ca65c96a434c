package fr.metropolerouen.guichetess.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.committee.CommitteeDecisionRecorded;
import fr.metropolerouen.guichetess.committee.DecisionOutcome;
import fr.metropolerouen.guichetess.dossier.DocumentView;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.envelope.PaymentSchedules;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant agreements. When a grant takes effect (its session closes), the agreement is issued if the rule of its scheme
 * requires one: always, or when the largest part of the grant planned for one budget year exceeds the threshold
 * (23 000 € by default). The beneficiary signs and uploads it, the Métropole countersigns; until then, the
 * beneficiary cannot request any payment.
 */
@Service
@Transactional
public class GrantAgreements {

	static final String SIGNED_COPY_TYPE = "SIGNED_GRANT_AGREEMENT";

	private final GrantAgreementRepository agreements;

	private final GrantAgreementProperties properties;

	private final Dossiers dossiers;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	private final PaymentSchedules schedules;

	private final Letters letters;

	private final Clock clock;

	GrantAgreements(GrantAgreementRepository agreements, GrantAgreementProperties properties, Dossiers dossiers,
			DossierLifecycle lifecycle, DossierJournal journal, PaymentSchedules schedules, Letters letters,
			Clock clock) {
		this.agreements = agreements;
		this.properties = properties;
		this.dossiers = dossiers;
		this.lifecycle = lifecycle;
		this.journal = journal;
		this.schedules = schedules;
		this.letters = letters;
		this.clock = clock;
	}

	@EventListener
	void on(CommitteeDecisionRecorded decision) {
		if (decision.outcome() == DecisionOutcome.GRANTED) {
			issueIfRequired(decision.dossierId());
		}
	}

	/** Issues the agreement of a grant that needs one, once. */
	void issueIfRequired(UUID dossierId) {
		if (agreements.findByDossierId(dossierId).isPresent()) {
			return;
		}
		DossierSnapshot dossier = dossiers.get(dossierId);
		BigDecimal annual = schedules.planOf(dossierId)
			.values()
			.stream()
			.max(BigDecimal::compareTo)
			.orElse(dossier.grantedAmount());
		boolean required = switch (properties.ruleOf(dossier.scheme())) {
			case ALWAYS -> true;
			case ABOVE_ANNUAL_THRESHOLD -> annual.compareTo(properties.annualThreshold()) > 0;
		};
		if (!required) {
			return;
		}
		UUID letterId = letters.issue(dossierId, LetterKind.GRANT_AGREEMENT).id();
		agreements.save(new GrantAgreement(dossierId, annual, letterId, clock.instant()));
		journal.record(dossierId, Actor.SYSTEM, TimelineAction.AGREEMENT_ISSUED,
				"Convention d'attribution à signer et à déposer dans le Guichet (" + FrenchFormat.euros(annual)
						+ " sur un exercice).");
	}

	/** The beneficiary hands in the agreement it signed, already uploaded among the dossier's documents. */
	public GrantAgreementView signByBeneficiary(UUID dossierId, UUID documentId, Actor applicant) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, applicant);
		GrantAgreement agreement = find(dossier.id());
		List<DocumentView> documents = dossiers.documents(dossierId);
		boolean signedCopy = documents.stream()
			.anyMatch(document -> document.id().equals(documentId) && SIGNED_COPY_TYPE.equals(document.type()));
		if (!signedCopy) {
			throw new InvalidRequestException("La convention signée n'a pas été trouvée.", List.of(new FieldError(
					"documentId", "doit désigner une pièce « " + SIGNED_COPY_TYPE + " » déjà déposée sur ce dossier")));
		}
		agreement.signedByBeneficiary(documentId, clock.instant(), applicant.username());
		journal.record(dossierId, applicant, TimelineAction.AGREEMENT_SIGNED_BY_BENEFICIARY,
				"Convention signée déposée par le bénéficiaire.");
		return agreement.view();
	}

	/** The Métropole countersigns, on the date written on the agreement: payments may then be requested. */
	public GrantAgreementView countersign(UUID dossierId, LocalDate signedOn, Actor officer) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, officer);
		GrantAgreement agreement = find(dossier.id());
		if (signedOn.isAfter(FrenchFormat.today(clock)) || signedOn.isBefore(dossier.decisionDate())) {
			throw new InvalidRequestException("La date de signature n'est pas valide.", List.of(new FieldError(
					"signedOn", "doit être comprise entre la date de la décision (" + dossier.decisionDate()
							+ ") et aujourd'hui")));
		}
		agreement.countersigned(signedOn, clock.instant(), officer.username());
		journal.record(dossierId, officer, TimelineAction.AGREEMENT_COUNTERSIGNED,
				"Convention contresignée le " + FrenchFormat.longDate(signedOn) + " : les versements peuvent être "
						+ "demandés.");
		return agreement.view();
	}

	@Transactional(readOnly = true)
	public GrantAgreementView of(UUID dossierId, Actor reader) {
		return find(dossiers.getVisible(dossierId, reader).id()).view();
	}

	/** Refuses a payment while the dossier's agreement, when it has one, is not signed by both parties. */
	@Transactional(readOnly = true)
	public void requirePaymentAllowed(UUID dossierId) {
		agreements.findByDossierId(dossierId)
			.filter(agreement -> agreement.status() != AgreementStatus.SIGNED)
			.ifPresent(agreement -> {
				throw new ConflictException("La convention d'attribution n'est pas encore signée par les deux parties ("
						+ agreement.status().frenchLabel().toLowerCase(FrenchFormat.FRENCH) + ") : aucun versement "
						+ "ne peut être demandé.");
			});
	}

	/** The date the agreement was countersigned, when the dossier has a signed one. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> signedOn(UUID dossierId) {
		return agreements.findByDossierId(dossierId).map(GrantAgreement::countersignedOn);
	}

	private GrantAgreement find(UUID dossierId) {
		return agreements.findByDossierId(dossierId)
			.orElseThrow(() -> new NotFoundException("Ce dossier n'a pas de convention d'attribution."));
	}

}
