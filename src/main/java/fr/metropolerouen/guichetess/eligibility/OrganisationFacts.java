package fr.metropolerouen.guichetess.eligibility;

import fr.metropolerouen.guichetess.shared.InseeCommuneCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** What the rules need to know about the organisation that applies. */
public record OrganisationFacts(
		@NotBlank(message = "est obligatoire") @Pattern(regexp = "\\d{4}",
				message = "doit être un code de catégorie juridique INSEE à 4 chiffres") String legalFormCode,
		@InseeCommuneCode String communeInseeCode,
		@NotNull(message = "est obligatoire") @PositiveOrZero(message = "doit être positif ou nul")
		@Max(value = 1_000_000, message = "n'est pas plausible") Integer employees,
		Boolean esusApproved) {

	public boolean isEsusApproved() {
		return Boolean.TRUE.equals(esusApproved);
	}

}
