package fr.metropolerouen.guichetess.applicant;

import fr.metropolerouen.guichetess.shared.InseeCommuneCode;
import fr.metropolerouen.guichetess.shared.ValidSiret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What an ESS enterprise declares about itself at sign-up ({@code esusApproved} is optional). */
public record OrganisationDetails(
		@NotBlank(message = "est obligatoire") @ValidSiret String siret,
		@NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères") String name,
		@NotBlank(message = "est obligatoire") @Pattern(regexp = "\\d{4}",
				message = "doit être un code de catégorie juridique INSEE à 4 chiffres") String legalFormCode,
		@NotBlank(message = "est obligatoire") @InseeCommuneCode String communeInseeCode,
		@NotBlank(message = "est obligatoire") @Size(max = 500, message = "ne doit pas dépasser 500 caractères") String address,
		@NotNull(message = "est obligatoire") @PositiveOrZero(message = "doit être positif ou nul")
		@Max(value = 1_000_000, message = "n'est pas plausible") Integer employees,
		Boolean esusApproved) {

	/** Whether the organisation holds the ESUS approval (entreprise solidaire d'utilité sociale); false if unsaid. */
	public boolean isEsusApproved() {
		return Boolean.TRUE.equals(esusApproved);
	}

}
