package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.metropolerouen.guichetess.web.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The forms of the secretary's pages, as the user typed them: dates and amounts stay text until they are read, so a
 * wrong value is shown back as typed with its French message.
 */
final class SessionPageForms {

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

	private SessionPageForms() {
	}

	/** A date typed 10/12/2026 (or 2026-12-10); null when it is not one. */
	static LocalDate date(String typed) {
		return TypedInput.date(typed);
	}

	/** An amount typed « 2 500,50 », « 2500.50 » or « 2 500 € »; null when it is not one. */
	static BigDecimal amount(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.');
		return AMOUNT.matcher(text).matches() ? new BigDecimal(text) : null;
	}

	/** One member a line: « Anne Durand, Présidente de séance » (the function after the first comma, optional). */
	static List<CommitteeSessions.NewMember> members(String lines) {
		List<CommitteeSessions.NewMember> members = new ArrayList<>();
		if (lines == null) {
			return members;
		}
		for (String line : lines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int comma = line.indexOf(',');
			String name = (comma < 0 ? line : line.substring(0, comma)).strip();
			String title = comma < 0 ? null : line.substring(comma + 1).strip();
			members.add(new CommitteeSessions.NewMember(name, title == null || title.isEmpty() ? null : title));
		}
		return members;
	}

	/** The members' lines as the form shows them back. */
	static String lines(List<SessionView.Member> members) {
		StringBuilder text = new StringBuilder();
		for (SessionView.Member member : members) {
			text.append(member.name());
			if (member.title() != null) {
				text.append(", ").append(member.title());
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** What is wrong with members' lines, in French; null when they are fine. */
	static String membersProblem(String lines) {
		List<CommitteeSessions.NewMember> members = members(lines);
		if (members.size() > 100) {
			return "ne peuvent pas être plus de 100";
		}
		for (CommitteeSessions.NewMember member : members) {
			if (member.name().isEmpty()) {
				return "chaque ligne doit commencer par le nom du membre";
			}
			if (member.name().length() > 200 || (member.title() != null && member.title().length() > 200)) {
				return "un nom ou une fonction ne doit pas dépasser 200 caractères";
			}
		}
		return null;
	}

	/** Planning a session. */
	public static class PlanForm {

		@NotBlank(message = "est obligatoire")
		private String date;

		@NotBlank(message = "est obligatoire")
		@Size(max = 200, message = "ne doit pas dépasser 200 caractères")
		private String title;

		@Size(max = 25000, message = "est trop longue")
		private String members;

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getMembers() {
			return members;
		}

		public void setMembers(String members) {
			this.members = members;
		}

	}

	/** The members convened, one a line. */
	public static class MembersForm {

		@Size(max = 25000, message = "est trop longue")
		private String members;

		public String getMembers() {
			return members;
		}

		public void setMembers(String members) {
			this.members = members;
		}

	}

	/** A member's declared interest in a dossier of the agenda. */
	public static class ConflictForm {

		@NotNull(message = "est obligatoire")
		private UUID memberId;

		@NotNull(message = "est obligatoire")
		private UUID dossierId;

		@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères")
		private String statement;

		public UUID getMemberId() {
			return memberId;
		}

		public void setMemberId(UUID memberId) {
			this.memberId = memberId;
		}

		public UUID getDossierId() {
			return dossierId;
		}

		public void setDossierId(UUID dossierId) {
			this.dossierId = dossierId;
		}

		public String getStatement() {
			return statement;
		}

		public void setStatement(String statement) {
			this.statement = statement;
		}

	}

	/** The Bureau's decision on one dossier of the agenda. */
	public static class DecisionForm {

		@NotNull(message = "est obligatoire : choisissez Accorder, Refuser ou Ajourner")
		private DecisionOutcome outcome;

		@Size(max = 30, message = "doit être un montant en euros, par exemple 2 500,00")
		private String amount;

		@Size(max = 4000, message = "ne doivent pas dépasser 4000 caractères")
		private String reasons;

		@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères")
		private String correctionReason;

		public DecisionOutcome getOutcome() {
			return outcome;
		}

		public void setOutcome(DecisionOutcome outcome) {
			this.outcome = outcome;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public String getCorrectionReason() {
			return correctionReason;
		}

		public void setCorrectionReason(String correctionReason) {
			this.correctionReason = correctionReason;
		}

	}

}
