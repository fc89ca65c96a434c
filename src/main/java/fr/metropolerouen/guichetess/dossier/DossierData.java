package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import fr.metropolerouen.guichetess.shared.InseeCommuneCode;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the applicant declares: the scheme and the project. A draft may be incomplete; submission checks that the
 * fields its scheme needs are present. {@code PUT} replaces all of it. The financial and lease details at the end
 * are optional: when absent, the criteria that need them are left to the officer.
 *
 * @param marketActivity the organisation sells goods or services on a market
 * @param operatingRevenue operating revenue of the last closed financial year (excl. subsidies)
 * @param operatingExpenses operating expenses of the same year
 * @param ownFunds own funds (fonds propres, fonds associatifs) at the end of that year; may be negative
 * @param leaseSignedOn when the lease was or will be signed (Location)
 * @param headcount the organisation's salaried headcount (effectif salarié) at application, in people; when absent
 *        at submission, the organisation's number of employees is recorded
 * @param jobsCreated the jobs the project creates, in people (not full-time equivalents); optional
 * @param jobsKept the jobs the project keeps (emplois maintenus), in people; optional
 */
public record DossierData(
		@NotNull(message = "est obligatoire") AidScheme scheme,
		@Size(max = 300, message = "ne doit pas dépasser 300 caractères") String projectTitle,
		@InseeCommuneCode String communeInseeCode,
		@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal requestedAmount,
		@Size(max = 20, message = "ne peut pas compter plus de 20 aides") List<@Valid DeMinimisAid> deMinimisAids,
		OperationType operationType,
		@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal eligibleExpenses,
		@PlausibleDate LocalDate worksStartDate,
		@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal monthlyRent,
		@Positive(message = "doit être strictement positive") @DecimalMax(value = "1000000", message = "n'est pas plausible")
		@Digits(integer = 7, fraction = 2, message = "doit avoir au plus deux décimales") BigDecimal surfaceM2,
		@PlausibleDate LocalDate leaseStartDate,
		@Positive(message = "doit être strictement positive") @Max(value = 240, message = "ne peut pas dépasser 240 mois") Integer leaseDurationMonths,
		Boolean marketActivity,
		@EuroAmount BigDecimal operatingRevenue,
		@EuroAmount BigDecimal operatingExpenses,
		@DecimalMin(value = "-999999999.99", message = "n'est pas plausible") @DecimalMax(value = "999999999.99", message = "n'est pas plausible")
		@Digits(integer = 9, fraction = 2, message = "doit être un montant avec au plus deux décimales") BigDecimal ownFunds,
		LeaseType leaseType,
		@PlausibleDate LocalDate leaseSignedOn,
		@Schema(description = "Effectif salarié de la structure (nombre de personnes) ; absent, le nombre de salariés "
				+ "de la structure est retenu au dépôt")
		@PositiveOrZero(message = "doit être positif ou nul") @Max(value = 100000, message = "n'est pas plausible")
		Integer headcount,
		@Schema(description = "Emplois créés par le projet (nombre de personnes, pas d'équivalents temps plein) ; "
				+ "facultatif")
		@PositiveOrZero(message = "doit être positif ou nul") @Max(value = 100000, message = "n'est pas plausible")
		Integer jobsCreated,
		@Schema(description = "Emplois maintenus par le projet (nombre de personnes) ; facultatif")
		@PositiveOrZero(message = "doit être positif ou nul") @Max(value = 100000, message = "n'est pas plausible")
		Integer jobsKept) {

	public List<DeMinimisAid> deMinimisAids() {
		return deMinimisAids == null ? List.of() : deMinimisAids;
	}

	/** The fields this scheme needs before the dossier can be submitted (or simulated), empty when none is missing. */
	public List<InvalidRequestException.FieldError> missingForSubmission() {
		return SubmissionRules.missingFields(this);
	}

}
