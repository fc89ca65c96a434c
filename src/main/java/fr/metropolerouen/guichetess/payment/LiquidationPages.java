package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import fr.metropolerouen.guichetess.web.TypedInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's step of the spending chain: a payment request with its proofs, and the form that certifies the
 * service done and liquidates the amount ({@code POST /api/payment-requests/{id}/liquidation}, same service).
 */
@PageController
@RequestMapping("/instruction/versements/{id}")
class LiquidationPages {

	/** Digits with optional spaces between groups, a comma or a point and at most two decimals, an optional €. */
	static final String AMOUNT = "^$|^[\\s\\u00A0\\u202F]*\\d[\\d\\s\\u00A0\\u202F]*([.,]\\d{1,2})?[\\s\\u00A0\\u202F]*€?[\\s\\u00A0\\u202F]*$";

	private static final Pattern AMOUNT_PATTERN = Pattern.compile(AMOUNT);

	private final PaymentRequests payments;

	private final PaymentChain chain;

	private final CurrentActor currentActor;

	LiquidationPages(PaymentRequests payments, PaymentChain chain, CurrentActor currentActor) {
		this.payments = payments;
		this.chain = chain;
		this.currentActor = currentActor;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping("/liquidation")
	String liquidate(@PathVariable UUID id, @Valid @ModelAttribute("form") LiquidationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		BigDecimal amount = amount(form.getAmount());
		if (!result.hasFieldErrors("amount") && amount != null && amount.signum() <= 0) {
			result.rejectValue("amount", "positive", "doit être strictement positif");
		}
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			chain.certify(id, new PaymentChain.Liquidation(amount(form.getAcceptedExpenses()), form.months(),
					amount, blankToNull(form.getNote())), currentActor.get());
		}
		catch (InvalidRequestException | ConflictException refused) {
			FormErrors.show(refused, result);
			return page(id, model);
		}
		redirect.addFlashAttribute("flashSuccess", "officer.liquidation.done");
		return "redirect:/instruction/versements/" + id;
	}

	@PostMapping("/rejet")
	String reject(@PathVariable UUID id, @Valid @ModelAttribute("rejectForm") RejectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			chain.reject(id, form.getReason(), currentActor.get());
		}
		catch (InvalidRequestException | ConflictException refused) {
			FormErrors.show(refused, result);
			return page(id, model);
		}
		redirect.addFlashAttribute("flashSuccess", "officer.liquidation.rejected");
		return "redirect:/instruction/versements/" + id;
	}

	private String page(UUID id, Model model) {
		PaymentRequestView request = payments.get(id, currentActor.get());
		model.addAttribute("request", request);
		model.addAttribute("open", request.status() == PaymentStatus.PENDING);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new LiquidationForm());
		}
		if (!model.containsAttribute("rejectForm")) {
			model.addAttribute("rejectForm", new RejectionForm());
		}
		return "officer/liquidation";
	}

	private static BigDecimal amount(String typed) {
		if (typed == null || typed.isBlank() || !AMOUNT_PATTERN.matcher(typed).matches()) {
			return null;
		}
		return TypedInput.amount(typed);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What the officer fixes; every field may be left empty: the claim's own figures then apply. */
	static class LiquidationForm {

		@jakarta.validation.constraints.Pattern(regexp = AMOUNT,
				message = "doit être un montant en euros, par exemple 12 500,00")
		private String acceptedExpenses;

		@jakarta.validation.constraints.Pattern(regexp = "^\\s*(\\d|1[0-2])?\\s*$", message = "doit être un nombre de mois entre 0 et 12")
		private String monthsOccupied;

		@jakarta.validation.constraints.Pattern(regexp = AMOUNT,
				message = "doit être un montant en euros, par exemple 12 500,00")
		private String amount;

		@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères")
		private String note;

		public String getAcceptedExpenses() {
			return acceptedExpenses;
		}

		public void setAcceptedExpenses(String acceptedExpenses) {
			this.acceptedExpenses = acceptedExpenses;
		}

		Integer months() {
			return monthsOccupied == null || monthsOccupied.isBlank() ? null : Integer.valueOf(monthsOccupied.strip());
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

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** The reason of a rejection, told to the beneficiary. */
	static class RejectionForm {

		@jakarta.validation.constraints.NotBlank(message = "est obligatoire")
		@Size(max = 2000, message = "ne doit pas dépasser 2000 caractères")
		private String reason;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
