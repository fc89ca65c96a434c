package fr.metropolerouen.guichetess.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.committee.CommitteeDecisionRecorded;
import fr.metropolerouen.guichetess.committee.DecisionOutcome;
import fr.metropolerouen.guichetess.dossier.DossierEvents;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.letter.LetterIssued;
import fr.metropolerouen.guichetess.payment.PaymentEvents;
import fr.metropolerouen.guichetess.payment.PaymentRequestView;
import fr.metropolerouen.guichetess.payment.PaymentRequests;
import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to a dossier into mails to its organisation. Listeners run inside the transaction of the
 * event, so the mail is queued if and only if the change is committed.
 */
@Component
class ApplicantNotifications {

	private final MailOutbox outbox;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final SchemeCatalogue schemes;

	private final PaymentRequests payments;

	private final MailProperties properties;

	ApplicantNotifications(MailOutbox outbox, Dossiers dossiers, Organisations organisations,
			SchemeCatalogue schemes, PaymentRequests payments, MailProperties properties) {
		this.outbox = outbox;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.schemes = schemes;
		this.payments = payments;
		this.properties = properties;
	}

	/**
	 * A letter is mailed with its PDF attached. The letters of the procedure before the decision (acknowledgement,
	 * request for documents, reminder) are issued with the change they answer: their mail says what the letter says.
	 */
	@EventListener
	void on(LetterIssued event) {
		DossierSnapshot dossier = dossiers.get(event.dossierId());
		Map<String, Object> model = model(dossier);
		switch (event.kind()) {
			case ACKNOWLEDGEMENT_OF_RECEIPT -> {
				model.put("implicitRejectionDate",
						FrenchFormat.longDate(DossierSnapshot.implicitRejectionDateOf(dossier.submissionDate())));
				queue("acknowledgement", dossier, "acknowledgement", model, event.letterId());
			}
			case MISSING_DOCUMENTS_REQUEST -> {
				putMissingDocuments(model, dossier);
				queue("missing-documents:" + dossier.missingDocuments().requestedAt(), dossier, "missing-documents",
						model, event.letterId());
			}
			case MISSING_DOCUMENTS_REMINDER -> {
				putMissingDocuments(model, dossier);
				queue("missing-documents-reminder:" + dossier.missingDocuments().requestedAt(), dossier,
						"missing-documents-reminder", model, event.letterId());
			}
			default -> {
				model.put("letterTitle", event.kind().frenchLabel());
				queue("letter:" + event.letterId(), dossier, "decision-letter", model, event.letterId());
			}
		}
	}

	@EventListener
	void on(CommitteeDecisionRecorded event) {
		if (event.outcome() != DecisionOutcome.DEFERRED) {
			return;
		}
		DossierSnapshot dossier = dossiers.get(event.dossierId());
		queue("deferred:" + event.sessionId(), dossier, "committee-deferral", model(dossier), null);
	}

	@EventListener
	void on(PaymentEvents.PaymentRequestDecided event) {
		DossierSnapshot dossier = dossiers.get(event.dossierId());
		PaymentRequestView request = payments.get(event.paymentRequestId(), Actor.SYSTEM);
		Map<String, Object> model = model(dossier);
		model.put("number", request.number());
		model.put("approved", event.approved());
		model.put("claimedAmount", FrenchFormat.euros(request.amount()));
		model.put("approvedAmount", request.approvedAmount() == null ? null : FrenchFormat.euros(request.approvedAmount()));
		model.put("rejectionReason", request.rejectionReason());
		queue("payment-decision:" + event.paymentRequestId(), dossier, "payment-decision", model, null);
	}

	/** An officer's message reaches the applicant by mail; the applicant's messages wait in the officers' view. */
	@EventListener
	void on(DossierEvents.MessagePosted event) {
		if (event.fromApplicant()) {
			return;
		}
		DossierSnapshot dossier = dossiers.get(event.dossierId());
		queue("message:" + event.messageId(), dossier, "new-message", model(dossier), null);
	}

	private void queue(String key, DossierSnapshot dossier, String template, Map<String, Object> model,
			UUID attachmentLetterId) {
		OrganisationView organisation = organisations.get(dossier.organisationId());
		outbox.queue(key + ":" + dossier.id(), dossier.id(), organisation.contactEmail(), template, model,
				attachmentLetterId);
	}

	private Map<String, Object> model(DossierSnapshot dossier) {
		Map<String, Object> model = new HashMap<>();
		model.put("reference", dossier.reference());
		model.put("schemeName", schemes.name(dossier.scheme()));
		model.put("projectTitle", dossier.data().projectTitle());
		model.put("organisationName", organisations.get(dossier.organisationId()).name());
		model.put("submissionDate", dossier.submissionDate() == null ? null
				: FrenchFormat.longDate(dossier.submissionDate()));
		model.put("serviceName", properties.serviceName());
		model.put("serviceEmail", properties.serviceEmail());
		return model;
	}

	private void putMissingDocuments(Map<String, Object> model, DossierSnapshot dossier) {
		model.put("missingDocuments", missingDocumentLabels(dossier));
		model.put("message", dossier.missingDocuments().message());
	}

	private List<String> missingDocumentLabels(DossierSnapshot dossier) {
		return dossier.missingDocuments()
			.documentTypes()
			.stream()
			.map(code -> schemes.documentLabel(dossier.scheme(), code).orElse(code))
			.toList();
	}

}
