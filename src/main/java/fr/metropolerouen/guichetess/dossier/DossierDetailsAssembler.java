package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Puts together the detail view of a dossier from this module's data and what the letter and payment modules
 * supply. Preparatory details (amounts suggested and proposed, the officer's opinion) are hidden from applicants.
 */
@Component
class DossierDetailsAssembler {

	/** Statuses of payment requests whose money left: paid at the end of the chain, or validated in one step. */
	private static final Set<String> PAID = Set.of("PAID", "APPROVED");

	private final Organisations organisations;

	private final SchemeCatalogue schemes;

	private final SupportingDocumentRepository documents;

	private final DossierJournal journal;

	private final List<DossierLetters> letters;

	private final List<DossierPayments> payments;

	private final GrantConditions conditions;

	DossierDetailsAssembler(Organisations organisations, SchemeCatalogue schemes,
			SupportingDocumentRepository documents, DossierJournal journal, List<DossierLetters> letters,
			List<DossierPayments> payments, GrantConditions conditions) {
		this.conditions = conditions;
		this.organisations = organisations;
		this.schemes = schemes;
		this.documents = documents;
		this.journal = journal;
		this.letters = letters;
		this.payments = payments;
	}

	DossierDetails details(Dossier dossier, Actor reader) {
		DossierSnapshot snapshot = DossierSnapshot.of(dossier);
		DossierData data = snapshot.data();
		OrganisationView organisation = organisations.get(snapshot.organisationId());
		List<DocumentView> documentViews = documents.findByDossierIdOrderByUploadedAt(dossier.id())
			.stream()
			.map(SupportingDocument::view)
			.toList();
		List<DossierPayments.PaymentSummary> paymentSummaries = payments.stream()
			.flatMap(p -> p.paymentsOf(dossier.id()).stream())
			.toList();
		boolean internal = !reader.isApplicant();
		return new DossierDetails(snapshot.id(), snapshot.reference(), snapshot.status(),
				snapshot.status().frenchLabel(), snapshot.scheme(),
				new DossierDetails.OrganisationSummary(organisation.id(), organisation.name(), organisation.siret(),
						organisation.legalFormCode(), organisation.communeInseeCode()),
				data.projectTitle(), data.communeInseeCode(), data.requestedAmount(), data.deMinimisAids(),
				data.operationType(), data.eligibleExpenses(), data.worksStartDate(), data.monthlyRent(),
				data.surfaceM2(), data.leaseStartDate(), data.leaseDurationMonths(), data.marketActivity(),
				data.operatingRevenue(), data.operatingExpenses(), data.ownFunds(), data.leaseType(),
				data.leaseSignedOn(), data.headcount(), data.jobsCreated(), data.jobsKept(), snapshot.createdAt(),
				snapshot.submittedAt(), snapshot.ruleSetVersion(),
				conditions.of(dossier), checklist(dossier, documentViews), documentViews, snapshot.missingDocuments(),
				snapshot.eligibility(), internal ? snapshot.suggestedAmount() : null,
				internal ? snapshot.proposedAmount() : null, internal ? snapshot.opinion() : null,
				internal ? snapshot.proposalJustification() : null, snapshot.grantedAmount(), paid(paymentSummaries), snapshot.decisionDate(), snapshot.decisionReasons(),
				snapshot.closedAt(), letters.stream().flatMap(l -> l.lettersOf(dossier.id()).stream()).toList(),
				paymentSummaries, timeline(dossier, internal), snapshot.deliberationNumber(), dossier.purgedAt());
	}

	DossierSummary summary(Dossier dossier) {
		DossierData data = dossier.data();
		return new DossierSummary(dossier.id(), dossier.reference(), dossier.status(),
				dossier.status().frenchLabel(), dossier.scheme(), data.projectTitle(), dossier.organisationId(),
				organisations.get(dossier.organisationId()).name(), data.requestedAmount(),
				dossier.decision().grantedAmount(), dossier.createdAt(), dossier.submittedAt());
	}

	private List<DossierDetails.RequiredDocument> checklist(Dossier dossier, List<DocumentView> provided) {
		Set<String> providedTypes = provided.stream().map(DocumentView::type).collect(Collectors.toSet());
		return schemes.requiredDocuments(dossier.scheme())
			.stream()
			.map(type -> new DossierDetails.RequiredDocument(type.code(), type.label(),
					providedTypes.contains(type.code())))
			.toList();
	}

	private static BigDecimal paid(List<DossierPayments.PaymentSummary> payments) {
		return payments.stream()
			.filter(p -> PAID.contains(p.status()))
			.map(DossierPayments.PaymentSummary::approvedAmount)
			.reduce(Money.ZERO, BigDecimal::add);
	}

	private List<TimelineEntryView> timeline(Dossier dossier, boolean internal) {
		return journal.timelineOf(dossier.id())
			.stream()
			.map(entry -> internal || !entry.action().hasInternalDetails() ? entry
					: new TimelineEntryView(entry.at(), entry.actor(), entry.actorRole(), entry.action(),
							entry.label(), entry.fromStatus(), entry.toStatus(), null))
			.toList();
	}

}
