package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;

/**
 * {@code GET /api/dossiers/{id}}: everything about a dossier that its reader may see. {@code ruleSet} is the version
 * of the scheme's rules that judges the dossier, with its parameters frozen at the grant.
 */
record DossierDetails(UUID id, String reference, DossierStatus status, String statusLabel, AidScheme scheme,
		OrganisationSummary organisation, String projectTitle, String communeInseeCode, BigDecimal requestedAmount,
		List<DeMinimisAid> deMinimisAids, OperationType operationType, BigDecimal eligibleExpenses,
		LocalDate worksStartDate, BigDecimal monthlyRent, BigDecimal surfaceM2, LocalDate leaseStartDate,
		Integer leaseDurationMonths, Boolean marketActivity, BigDecimal operatingRevenue, BigDecimal operatingExpenses,
		BigDecimal ownFunds, LeaseType leaseType, LocalDate leaseSignedOn, Integer headcount, Integer jobsCreated,
		Integer jobsKept, Instant createdAt, Instant submittedAt,
		String ruleSetVersion, RuleSetVersion ruleSet, List<RequiredDocument> requiredDocuments,
		List<DocumentView> documents, DossierSnapshot.MissingDocuments missingDocuments, EligibilityView eligibility,
		BigDecimal suggestedAmount, BigDecimal proposedAmount, String opinion, String proposalJustification,
		BigDecimal grantedAmount,
		BigDecimal paidAmount, LocalDate decisionDate, String decisionReasons, Instant closedAt,
		List<DossierLetters.LetterSummary> letters, List<DossierPayments.PaymentSummary> payments,
		List<TimelineEntryView> timeline, String deliberationNumber, Instant personalDataPurgedAt) {

	record OrganisationSummary(UUID id, String name, String siret, String legalFormCode, String communeInseeCode) {
	}

	/** The scheme's checklist: whether a document of each required type has been provided. */
	record RequiredDocument(String code, String label, boolean provided) {
	}

}
