package fr.metropolerouen.guichetess.applicant;

import java.util.UUID;

/** An organisation as other modules and the API see it. */
public record OrganisationView(UUID id, String siret, String name, String legalFormCode, String communeInseeCode,
		String address, int employees, String contactEmail, boolean esusApproved) {
}
