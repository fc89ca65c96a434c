package fr.metropolerouen.guichetess.letter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.dossier.CriterionOutcome;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.envelope.PaymentSchedules;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.AmountInWords;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The values a letter template can use. Amounts and dates arrive already formatted the French way, so that
 * templates edited by non-developers need no formatting expressions.
 */
@Component
class LetterContent {

	/** Silence kept on a subsidy request for this long is an implicit rejection (CRPA L. 231-4 3°). */
	static final int IMPLICIT_REJECTION_MONTHS = 2;

	private final LetterProperties properties;

	private final SchemeCatalogue schemes;

	private final RuleSets ruleSets;

	private final PaymentSchedules schedules;

	private final Clock clock;

	private final Duration missingDocumentsClosure;

	LetterContent(LetterProperties properties, SchemeCatalogue schemes, RuleSets ruleSets, PaymentSchedules schedules,
			Clock clock, @Value("${guichet.deadlines.missing-documents-closure}") Duration missingDocumentsClosure) {
		this.missingDocumentsClosure = missingDocumentsClosure;
		this.schedules = schedules;
		this.properties = properties;
		this.schemes = schemes;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	Map<String, Object> of(LetterKind kind, DossierSnapshot dossier, OrganisationView organisation) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", kind.frenchLabel());
		model.put("authority", properties.authority());
		model.put("signatory", properties.signatory());
		model.put("appealCourt", properties.appealCourt());
		model.put("appealCourtAddress", properties.appealCourtAddress());
		model.put("letterDate", unbreakable(FrenchFormat.longDate(FrenchFormat.today(clock))));
		model.put("reference", dossier.reference());
		model.put("schemeName", schemes.name(dossier.scheme()));
		model.put("projectTitle", dossier.data().projectTitle());
		model.put("organisation", organisation);
		model.put("submissionDate", dossier.submissionDate() == null ? null
				: unbreakable(FrenchFormat.longDate(dossier.submissionDate())));
		model.put("requestedAmount", euros(dossier.data().requestedAmount()));
		model.put("grantedAmount", euros(dossier.grantedAmount()));
		model.put("grantedAmountInWords", inWords(dossier.grantedAmount()));
		model.put("decisionDate",
				dossier.decisionDate() == null ? null : unbreakable(FrenchFormat.longDate(dossier.decisionDate())));
		model.put("decisionReasons", dossier.decisionReasons());
		model.put("deliberationNumber", dossier.deliberationNumber());
		model.put("plannedPayments", schedules.planOf(dossier.id())
			.entrySet()
			.stream()
			.map(year -> Map.of("year", year.getKey(), "amount", FrenchFormat.euros(year.getValue())))
			.toList());
		model.put("unmetCriteria", unmetCriteria(dossier));
		model.put("officerJustification", dossier.eligibility().officerDecision() == null ? null
				: dossier.eligibility().officerDecision().justification());
		model.put("missingDocuments", missingDocuments(dossier));
		model.put("implicitRejectionDate", dossier.submissionDate() == null ? null
				: longDate(dossier.submissionDate().plusMonths(IMPLICIT_REJECTION_MONTHS)));
		putMissingDocumentsRequest(model, dossier);
		model.put("isImmobilier", dossier.scheme() == AidScheme.IMMOBILIER_ESS);
		model.put("ruleSetVersion", dossier.ruleSetVersion());
		model.put("ruleSetAdoptedBy", dossier.ruleSetVersion() == null ? null
				: ruleSets.get(dossier.scheme(), dossier.ruleSetVersion()).adoptedBy());
		return model;
	}

	/** The request for documents: its date, the officer's message, and the day the dossier is closed without answer. */
	private void putMissingDocumentsRequest(Map<String, Object> model, DossierSnapshot dossier) {
		DossierSnapshot.MissingDocuments request = dossier.missingDocuments();
		model.put("missingDocumentsMessage", request == null ? null : request.message());
		model.put("missingDocumentsRequestedOn", request == null ? null
				: longDate(LocalDate.ofInstant(request.requestedAt(), FrenchFormat.ZONE)));
		model.put("missingDocumentsClosureDays", missingDocumentsClosure.toDays());
		model.put("missingDocumentsClosureDate", request == null ? null
				: longDate(LocalDate.ofInstant(request.requestedAt().plus(missingDocumentsClosure), FrenchFormat.ZONE)));
	}

	private static String longDate(LocalDate date) {
		return unbreakable(FrenchFormat.longDate(date));
	}

	/** A date is never split across two lines of a letter. */
	private static String unbreakable(String text) {
		return text.replace(' ', '\u00A0');
	}

	private static String euros(BigDecimal amount) {
		return amount == null ? null : FrenchFormat.euros(amount);
	}

	private static String inWords(BigDecimal amount) {
		return amount == null ? null : AmountInWords.euros(amount);
	}

	/**
	 * The reasons of an ineligibility refusal: the criteria not met; when none was plainly unmet, those the officer
	 * had to examine (the officer's justification then says why they were judged unmet).
	 */
	private static List<String> unmetCriteria(DossierSnapshot dossier) {
		List<CriterionOutcome> criteria = dossier.eligibility().criteria();
		List<String> unmet = reasons(criteria, CriterionOutcome.Outcome.NOT_MET);
		return unmet.isEmpty() ? reasons(criteria, CriterionOutcome.Outcome.NEEDS_REVIEW) : unmet;
	}

	private static List<String> reasons(List<CriterionOutcome> criteria, CriterionOutcome.Outcome outcome) {
		return criteria.stream().filter(c -> c.outcome() == outcome).map(CriterionOutcome::reason).toList();
	}

	private List<String> missingDocuments(DossierSnapshot dossier) {
		if (dossier.missingDocuments() == null) {
			return List.of();
		}
		return dossier.missingDocuments()
			.documentTypes()
			.stream()
			.map(code -> schemes.documentLabel(dossier.scheme(), code).orElse(code))
			.toList();
	}

}
