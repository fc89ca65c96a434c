package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.agreement.GrantAgreements;
import fr.metropolerouen.guichetess.dossier.DocumentView;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.ReleaseReason;
import fr.metropolerouen.guichetess.scheme.DocumentType;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beneficiaries' claims for payment, checked against what the grant's rules make due. Every claim locks the dossier
 * first: two claims of one dossier are judged one after the other. The chain that follows is {@link PaymentChain}.
 */
@Service
@Transactional
public class PaymentRequests {

	private final PaymentRequestRepository requests;

	private final Dossiers dossiers;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	private final EnvelopeLedger ledger;

	private final GrantAgreements agreements;

	private final SchemeCatalogue schemes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DueAmounts dueAmounts;

	private final PaymentGuards guards;

	private final PaymentRequestViews views;

	PaymentRequests(PaymentRequestRepository requests, Dossiers dossiers, DossierLifecycle lifecycle,
			DossierJournal journal, EnvelopeLedger ledger, GrantAgreements agreements, SchemeCatalogue schemes,
			ApplicationEventPublisher events, Clock clock, DueAmounts dueAmounts, PaymentGuards guards, PaymentRequestViews views) {
		this.views = views;
		this.dueAmounts = dueAmounts;
		this.guards = guards;
		this.agreements = agreements;
		this.requests = requests;
		this.dossiers = dossiers;
		this.lifecycle = lifecycle;
		this.journal = journal;
		this.ledger = ledger;
		this.schemes = schemes;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a claim. With an idempotency key, a replayed claim returns the request it created (check
	 * {@link Claimed#created()}); a dossier has one request in the chain at a time.
	 */
	public Claimed request(UUID dossierId, PaymentClaim claim, String idempotencyKey, Actor applicant) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, applicant);
		if (idempotencyKey != null) {
			Optional<PaymentRequest> replayed = requests.findByDossierIdAndIdempotencyKey(dossierId, idempotencyKey);
			if (replayed.isPresent()) {
				return new Claimed(views.of(replayed.get(), dossier), false);
			}
		}
		if (dossier.status() != DossierStatus.GRANTED) {
			throw new ConflictException("Le dossier " + dossier.reference() + " n'a pas d'aide accordée à verser (statut « "
					+ dossier.status().frenchLabel() + " »).");
		}
		agreements.requirePaymentAllowed(dossierId);
		guards.requirePaymentsOpen(dossierId);
		if (requests.existsByOpenDossierId(dossierId)) {
			throw new ConflictException("Une demande de versement de ce dossier est déjà en cours de traitement.");
		}
		List<UUID> proofs = claim.proofDocumentIds() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(claim.proofDocumentIds()));
		PaymentRequest.Claimed claimed = completed(dossier, claim);
		AmountDue.Due due = checkRequest(dossier, claimed, proofs);
		PaymentRequest request = requests.save(new PaymentRequest(dossierId, requests.countByDossierId(dossierId) + 1,
				claimed, proofs, idempotencyKey, clock.instant(), applicant.username()));
		journal.record(dossierId, applicant, TimelineAction.PAYMENT_REQUESTED, "Demande n° " + request.number() + " ("
				+ claimed.kind().frenchLabel() + (claimed.leaseYear() == null ? "" : ", année de bail " + claimed.leaseYear())
				+ ") : " + FrenchFormat.euros(request.claimedAmount()) + ".");
		events.publishEvent(new PaymentEvents.PaymentRequested(request.id(), dossierId, dossier.reference(),
				request.number()));
		if (due.last()) {
			events.publishEvent(new PaymentEvents.FinalPaymentRequested(request.id(), dossierId));
		}
		return new Claimed(views.of(request, dossier), true);
	}

	/** A request as recorded, and whether this call created it (a replay with the same key does not). */
	public record Claimed(PaymentRequestView request, boolean created) {
	}

	/** Location claims are for a lease year (the next one unless said) and a number of months occupied (12). */
	private PaymentRequest.Claimed completed(DossierSnapshot dossier, PaymentClaim claim) {
		boolean yearly = claim.kind() == PaymentKind.ANNUAL_INSTALMENT;
		if (!yearly && (claim.leaseYear() != null || claim.monthsOccupied() != null)) {
			throw new InvalidRequestException("La demande de versement ne peut pas être enregistrée.", List.of(
					new FieldError(claim.leaseYear() != null ? "leaseYear" : "monthsOccupied",
							"ne s'applique qu'aux versements annuels sur loyers")));
		}
		Integer leaseYear = !yearly ? null
				: claim.leaseYear() != null ? claim.leaseYear() : dueAmounts.nextLeaseYear(dossier.id(), null);
		Integer months = !yearly ? null : claim.monthsOccupied() != null ? claim.monthsOccupied() : 12;
		return new PaymentRequest.Claimed(claim.kind(), claim.amount(), claim.justifiedExpenses(), leaseYear, months);
	}

	@Transactional(readOnly = true)
	public PaymentRequestView get(UUID requestId, Actor reader) {
		PaymentRequest request = find(requestId);
		try {
			return views.of(request, dossiers.getVisible(request.dossierId(), reader));
		}
		catch (NotFoundException hidden) {
			throw notFound();
		}
	}

	@Transactional(readOnly = true)
	public List<PaymentRequestView> ofDossier(UUID dossierId, Actor reader) {
		DossierSnapshot dossier = dossiers.getVisible(dossierId, reader);
		return requests.findByDossierIdOrderByNumber(dossierId).stream().map(r -> views.of(r, dossier)).toList();
	}

	private AmountDue.Due checkRequest(DossierSnapshot dossier, PaymentRequest.Claimed claim, List<UUID> proofs) {
		List<FieldError> errors = new ArrayList<>();
		if (!schemes.allowsPaymentKind(dossier.scheme(), claim.kind().name())) {
			errors.add(new FieldError("kind", "« " + claim.kind() + " » n'est pas un versement prévu par ce dispositif"));
			throw new InvalidRequestException("La demande de versement ne peut pas être enregistrée.", errors);
		}
		BigDecimal remaining = ledger.moneyOf(dossier.id()).remainingToPay();
		if (claim.amount().compareTo(remaining) > 0) {
			errors.add(new FieldError("amount",
					"ne peut pas dépasser le reste à verser sur l'aide (" + FrenchFormat.euros(remaining) + ")"));
		}
		if (claim.kind().needsProofs()) {
			if (claim.justifiedExpenses() == null) {
				errors.add(new FieldError("justifiedExpenses", "est obligatoire pour ce versement"));
			}
			checkProofs(dossier, proofs, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("La demande de versement ne peut pas être enregistrée.", errors);
		}
		AmountDue.Due due = dueOf(dossier.id(), claim);
		if (due.amount().compareTo(claim.amount()) < 0) {
			throw new InvalidRequestException("La demande de versement ne peut pas être enregistrée.",
					List.of(new FieldError("amount", "ne peut pas dépasser le montant dû au vu des justificatifs ("
							+ FrenchFormat.euros(due.amount()) + ") : " + due.explanation())));
		}
		return due;
	}

	private AmountDue.Due dueOf(UUID dossierId, PaymentRequest.Claimed claim) {
		try {
			return dueAmounts.of(dossierId, null,
					new AmountDue.Claim(claim.kind(), claim.amount(), Money.orZero(claim.justifiedExpenses()),
							claim.leaseYear() == null ? 0 : claim.leaseYear(),
							claim.monthsOccupied() == null ? 12 : claim.monthsOccupied()));
		}
		catch (IllegalArgumentException refused) {
			throw new InvalidRequestException("La demande de versement ne peut pas être enregistrée.", List.of(
					new FieldError(claim.kind() == PaymentKind.ANNUAL_INSTALMENT ? "leaseYear" : "kind",
							refused.getMessage())));
		}
	}

	private void checkProofs(DossierSnapshot dossier, List<UUID> proofs, List<FieldError> errors) {
		if (proofs.isEmpty()) {
			errors.add(new FieldError("proofDocumentIds",
					"doit citer au moins un justificatif (factures acquittées, quittances de loyer) déjà joint"));
			return;
		}
		Map<UUID, DocumentView> documents = dossiers.documents(dossier.id())
			.stream()
			.collect(Collectors.toMap(DocumentView::id, Function.identity()));
		List<String> proofTypes = schemes.paymentProofDocuments(dossier.scheme())
			.stream()
			.map(DocumentType::code)
			.toList();
		for (UUID proof : proofs) {
			DocumentView document = documents.get(proof);
			if (document == null || !proofTypes.contains(document.type())) {
				errors.add(new FieldError("proofDocumentIds",
						"« " + proof + " » n'est pas un justificatif de versement joint à ce dossier"));
			}
		}
	}

	private PaymentRequest find(UUID requestId) {
		return requests.findById(requestId).orElseThrow(PaymentRequests::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Demande de versement introuvable.");
	}

}
