package fr.metropolerouen.guichetess.eligibility;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.metropolerouen.guichetess.dossier.DossierData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A simulation: the dossier's JSON, with the same field names as {@code POST /api/dossiers}, plus the organisation
 * that would apply.
 */
class SimulationRequest {

	@JsonUnwrapped
	@Valid
	private DossierData dossier;

	@NotNull(message = "est obligatoire")
	@Valid
	private OrganisationFacts organisation;

	DossierData dossier() {
		return dossier;
	}

	OrganisationFacts organisation() {
		return organisation;
	}

	public void setDossier(DossierData dossier) {
		this.dossier = dossier;
	}

	public void setOrganisation(OrganisationFacts organisation) {
		this.organisation = organisation;
	}

}
