package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Claims for payment and their decision. Every change locks the dossier first, so that two approvals of one dossier
 * are applied one after the other and the ledger check sees the first before judging the second.
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

	PaymentRequests(PaymentRequestRepository requests, Dossiers dossiers, DossierLifecycle lifecycle,
			DossierJournal journal, EnvelopeLedger ledger, GrantAgreements agreements, SchemeCatalogue schemes,
			ApplicationEventPublisher events, Clock clock) {
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

	public PaymentRequestView request(UUID dossierId, PaymentKind kind, BigDecimal amount,
			BigDecimal justifiedExpenses, List<UUID> proofDocumentIds, Actor applicant) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, applicant);
		if (dossier.status() != DossierStatus.GRANTED) {
			throw new ConflictException("Le dossier " + dossier.reference() + " n'a pas d'aide accordée à verser (statut « "
					+ dossier.status().frenchLabel() + " »).");
		}
		agreements.requirePaymentAllowed(dossierId);
		if (requests.existsByDossierIdAndStatus(dossierId, PaymentStatus.PENDING)) {
			throw new ConflictException("Une demande de versement de ce dossier est déjà en cours d'examen.");
		}
		List<UUID> proofs = proofDocumentIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(proofDocumentIds));
		checkRequest(dossier, kind, amount, justifiedExpenses, proofs);
		PaymentRequest request = requests.save(new PaymentRequest(dossierId, requests.countByDossierId(dossierId) + 1,
				kind, amount, justifiedExpenses, proofs, clock.instant(), applicant.username()));
		journal.record(dossierId, applicant, TimelineAction.PAYMENT_REQUESTED, "Demande n° " + request.number() + " ("
				+ kind.frenchLabel() + ") : " + FrenchFormat.euros(request.claimedAmount()) + ".");
		events.publishEvent(new PaymentEvents.PaymentRequested(request.id(), dossierId, dossier.reference(),
				request.number()));
		if (kind == PaymentKind.BALANCE) {
			events.publishEvent(new PaymentEvents.FinalPaymentRequested(request.id(), dossierId));
		}
		return request.view(dossier.reference());
	}

	/**
	 * Pays the approved amount: the envelope's ledger refuses it if it exceeds what remains of the grant. A balance,
	 * or a payment that exhausts the grant, settles the dossier: any remainder is released and the dossier closes.
	 */
	public PaymentRequestView approve(UUID requestId, BigDecimal amount, Actor finance) {
		PaymentRequest request = find(requestId);
		DossierSnapshot dossier = lifecycle.lock(request.dossierId(), Actor.SYSTEM);
		if (amount.compareTo(request.claimedAmount()) > 0) {
			throw invalid("amount", "ne peut pas dépasser le montant demandé ("
					+ FrenchFormat.euros(request.claimedAmount()) + ")");
		}
		request.approve(amount, clock.instant(), finance.username());
		ledger.pay(dossier.id(), request.id(), Money.euros(amount), finance,
				dossier.reference() + " : demande de versement n° " + request.number());
		journal.record(dossier.id(), finance, TimelineAction.PAYMENT_APPROVED, "Demande n° " + request.number()
				+ " : " + FrenchFormat.euros(amount) + " mis en paiement.");
		if (request.kind() == PaymentKind.BALANCE || ledger.moneyOf(dossier.id()).remainingToPay().signum() == 0) {
			settle(dossier, finance);
		}
		events.publishEvent(new PaymentEvents.PaymentRequestDecided(request.id(), dossier.id(), true));
		return request.view(dossier.reference());
	}

	public PaymentRequestView reject(UUID requestId, String reason, Actor finance) {
		PaymentRequest request = find(requestId);
		DossierSnapshot dossier = lifecycle.lock(request.dossierId(), Actor.SYSTEM);
		request.reject(reason.strip(), clock.instant(), finance.username());
		journal.record(dossier.id(), finance, TimelineAction.PAYMENT_REJECTED,
				"Demande n° " + request.number() + " rejetée : " + reason.strip());
		events.publishEvent(new PaymentEvents.PaymentRequestDecided(request.id(), dossier.id(), false));
		return request.view(dossier.reference());
	}

	@Transactional(readOnly = true)
	public PaymentRequestView get(UUID requestId, Actor reader) {
		PaymentRequest request = find(requestId);
		try {
			return request.view(dossiers.getVisible(request.dossierId(), reader).reference());
		}
		catch (NotFoundException hidden) {
			throw notFound();
		}
	}

	@Transactional(readOnly = true)
	public List<PaymentRequestView> ofDossier(UUID dossierId, Actor reader) {
		String reference = dossiers.getVisible(dossierId, reader).reference();
		return requests.findByDossierIdOrderByNumber(dossierId).stream().map(r -> r.view(reference)).toList();
	}

	private void settle(DossierSnapshot dossier, Actor finance) {
		BigDecimal released = ledger.releaseRemainder(dossier.id(), ReleaseReason.LOWER_FINAL_COST, finance,
				dossier.reference() + " : solde versé");
		if (released.signum() > 0) {
			journal.record(dossier.id(), finance, TimelineAction.ENGAGEMENT_RELEASED,
					FrenchFormat.euros(released) + " non consommés rendus à l'enveloppe.");
		}
		lifecycle.close(dossier.id(), finance, "Aide soldée : " + FrenchFormat.euros(ledger.moneyOf(dossier.id()).paid())
				+ " versés.");
		events.publishEvent(new PaymentEvents.GrantSettled(dossier.id()));
	}

	private void checkRequest(DossierSnapshot dossier, PaymentKind kind, BigDecimal amount,
			BigDecimal justifiedExpenses, List<UUID> proofs) {
		List<FieldError> errors = new ArrayList<>();
		if (!schemes.allowsPaymentKind(dossier.scheme(), kind.name())) {
			errors.add(new FieldError("kind", "« " + kind + " » n'est pas un versement prévu par ce dispositif"));
		}
		BigDecimal remaining = ledger.moneyOf(dossier.id()).remainingToPay();
		if (amount.compareTo(remaining) > 0) {
			errors.add(new FieldError("amount",
					"ne peut pas dépasser le reste à verser sur l'aide (" + FrenchFormat.euros(remaining) + ")"));
		}
		if (kind.needsProofs()) {
			if (justifiedExpenses == null) {
				errors.add(new FieldError("justifiedExpenses", "est obligatoire pour ce versement"));
			}
			checkProofs(dossier, proofs, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("La demande de versement ne peut pas être enregistrée.", errors);
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

	private static InvalidRequestException invalid(String field, String message) {
		return new InvalidRequestException("Le versement ne peut pas être validé.",
				List.of(new FieldError(field, message)));
	}

}
