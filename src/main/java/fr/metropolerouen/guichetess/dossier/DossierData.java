package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What the applicant declares: the scheme and the project. A draft may be incomplete; submission checks that the
 * fields its scheme needs are present. {@code PUT} replaces all of it.
 */
public record DossierData(
		@NotNull(message = "est obligatoire") AidScheme scheme,
		@Size(max = 300, message = "ne doit pas dépasser 300 caractères") String projectTitle,
		@Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "doit être un code commune INSEE à 5 caractères") String communeInseeCode,
		@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal requestedAmount,
		@Size(max = 20, message = "ne peut pas compter plus de 20 aides") List<@Valid DeMinimisAid> deMinimisAids,
		OperationType operationType,
		@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal eligibleExpenses,
		LocalDate worksStartDate,
		@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal monthlyRent,
		@Positive(message = "doit être strictement positive") @DecimalMax(value = "1000000", message = "n'est pas plausible")
		@Digits(integer = 7, fraction = 2, message = "doit avoir au plus deux décimales") BigDecimal surfaceM2,
		LocalDate leaseStartDate,
		@Positive(message = "doit être strictement positive") @Max(value = 240, message = "ne peut pas dépasser 240 mois") Integer leaseDurationMonths) {

	public List<DeMinimisAid> deMinimisAids() {
		return deMinimisAids == null ? List.of() : deMinimisAids;
	}

}
