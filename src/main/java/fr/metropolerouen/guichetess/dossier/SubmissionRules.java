package fr.metropolerouen.guichetess.dossier;

import java.util.ArrayList;
import java.util.List;

import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;

/** The fields a dossier must have to be submitted, per scheme; a draft may lack any of them. */
final class SubmissionRules {

	private static final String REQUIRED = "est obligatoire pour déposer le dossier";

	private SubmissionRules() {
	}

	static List<FieldError> missingFields(DossierData data) {
		List<FieldError> errors = new ArrayList<>();
		require(errors, "projectTitle", data.projectTitle() != null && !data.projectTitle().isBlank());
		require(errors, "communeInseeCode", data.communeInseeCode() != null);
		require(errors, "requestedAmount", data.requestedAmount() != null);
		switch (data.scheme()) {
			case IMMOBILIER_ESS -> {
				require(errors, "operationType", data.operationType() != null);
				require(errors, "eligibleExpenses", data.eligibleExpenses() != null);
				require(errors, "worksStartDate", data.worksStartDate() != null);
			}
			case LOCATION_ESS -> {
				require(errors, "monthlyRent", data.monthlyRent() != null);
				require(errors, "surfaceM2", data.surfaceM2() != null);
				require(errors, "leaseStartDate", data.leaseStartDate() != null);
				require(errors, "leaseDurationMonths", data.leaseDurationMonths() != null);
			}
		}
		return errors;
	}

	private static void require(List<FieldError> errors, String field, boolean present) {
		if (!present) {
			errors.add(new FieldError(field, REQUIRED));
		}
	}

}
