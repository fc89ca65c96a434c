package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the officer's dossier page, one per step of the instruction. */
final class OfficerForms {

	private OfficerForms() {
	}

	/** Request for missing documents: the scheme's document types ticked and a message to the applicant. */
	static class MissingDocumentsForm {

		@NotEmpty(message = "cochez au moins une pièce manquante")
		@Size(max = 30, message = "ne peut pas lister plus de 30 pièces")
		private List<String> missingDocuments = new ArrayList<>();

		@NotBlank(message = "est obligatoire pour expliquer la demande au porteur de projet")
		@Size(max = 4000, message = "ne doit pas dépasser 4000 caractères")
		private String message;

		public List<String> getMissingDocuments() {
			return missingDocuments;
		}

		public void setMissingDocuments(List<String> missingDocuments) {
			this.missingDocuments = missingDocuments == null ? new ArrayList<>() : missingDocuments;
		}

		public String getMessage() {
			return message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

	}

	/** The officer's answer to an automatic verdict other than "eligible". */
	static class EligibilityForm {

		/** "refuse" confirms the ineligibility, "override" lifts it. */
		@NotNull(message = "choisissez une décision")
		@Pattern(regexp = "refuse|override", message = "choisissez une décision")
		private String decision;

		@Size(max = 4000, message = "ne doit pas dépasser 4000 caractères")
		private String justification;

		public String getDecision() {
			return decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getJustification() {
			return justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}

	}

	/** The end of the review: amount proposed to the committee, opinion, justification above the suggestion. */
	static class ReviewForm {

		@NotBlank(message = "est obligatoire")
		@Pattern(regexp = OfficerAmounts.PATTERN, message = "doit être un montant en euros, par exemple 12 500,00")
		private String proposedAmount;

		@NotBlank(message = "est obligatoire")
		@Size(max = 4000, message = "ne doit pas dépasser 4000 caractères")
		private String opinion;

		@Size(max = 4000, message = "ne doit pas dépasser 4000 caractères")
		private String justification;

		BigDecimal amount() {
			return OfficerAmounts.parse(proposedAmount);
		}

		public String getProposedAmount() {
			return proposedAmount;
		}

		public void setProposedAmount(String proposedAmount) {
			this.proposedAmount = proposedAmount;
		}

		public String getOpinion() {
			return opinion;
		}

		public void setOpinion(String opinion) {
			this.opinion = opinion;
		}

		public String getJustification() {
			return justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}

	}

}
