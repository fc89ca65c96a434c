package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.web.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.BindingResult;

/** The applicant's payment request as typed: French amounts, the proofs already attached ticked. */
public class PaymentRequestForm {

	@NotBlank(message = "est obligatoire")
	private String kind;

	@Pattern(regexp = "\\s*|\\d{1,2}", message = "doit être un nombre entier entre 1 et 20")
	private String leaseYear;

	@Pattern(regexp = "\\s*|\\d{1,2}", message = "doit être un nombre entier entre 0 et 12")
	private String monthsOccupied;

	@NotBlank(message = "est obligatoire")
	private String amount;

	private String justifiedExpenses;

	private List<UUID> proofDocumentIds = new ArrayList<>();

	private String idempotencyKey;

	/** The claim, or null when an amount cannot be read (then the error is on its field). */
	PaymentClaim toClaim(BindingResult result) {
		PaymentKind paymentKind = null;
		try {
			paymentKind = PaymentKind.valueOf(kind);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			if (!result.hasFieldErrors("kind")) {
				result.rejectValue("kind", "choice", "n'est pas un choix proposé");
			}
		}
		BigDecimal claimed = amount(result, "amount", amount);
		BigDecimal expenses = amount(result, "justifiedExpenses", justifiedExpenses);
		if (claimed != null && claimed.signum() <= 0) {
			result.rejectValue("amount", "positive", "doit être strictement positif");
		}
		if (result.hasErrors()) {
			return null;
		}
		boolean yearly = paymentKind == PaymentKind.ANNUAL_INSTALMENT;
		return new PaymentClaim(paymentKind, claimed, expenses, List.copyOf(proofDocumentIds),
				yearly ? integer(leaseYear) : null, yearly ? integer(monthsOccupied) : null);
	}

	private static BigDecimal amount(BindingResult result, String field, String text) {
		if (text == null || text.isBlank() || result.hasFieldErrors(field)) {
			return null;
		}
		BigDecimal value = TypedInput.amount(text);
		if (value == null) {
			result.rejectValue(field, "number", "doit être un montant, par exemple 1 234,56");
		}
		else if (value.scale() > 2) {
			result.rejectValue(field, "cents", "doit avoir au plus deux décimales");
			return null;
		}
		return value;
	}

	private static Integer integer(String text) {
		return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getLeaseYear() {
		return leaseYear;
	}

	public void setLeaseYear(String leaseYear) {
		this.leaseYear = leaseYear;
	}

	public String getMonthsOccupied() {
		return monthsOccupied;
	}

	public void setMonthsOccupied(String monthsOccupied) {
		this.monthsOccupied = monthsOccupied;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getJustifiedExpenses() {
		return justifiedExpenses;
	}

	public void setJustifiedExpenses(String justifiedExpenses) {
		this.justifiedExpenses = justifiedExpenses;
	}

	public List<UUID> getProofDocumentIds() {
		return proofDocumentIds;
	}

	public void setProofDocumentIds(List<UUID> proofDocumentIds) {
		this.proofDocumentIds = proofDocumentIds == null ? new ArrayList<>() : proofDocumentIds;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
