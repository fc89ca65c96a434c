package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import fr.metropolerouen.guichetess.web.TypedInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance opens a scheme's envelope for a year and amends its credits by deliberation: the same services as
 * {@code POST /api/envelopes} and {@code POST /api/envelopes/{id}/amendments}.
 */
@PageController
class EnvelopeFormPages {

	private final EnvelopeLedger ledger;

	private final CurrentActor currentActor;

	EnvelopeFormPages(EnvelopeLedger ledger, CurrentActor currentActor) {
		this.ledger = ledger;
		this.currentActor = currentActor;
	}

	@GetMapping("/finances/enveloppes/nouvelle")
	String openForm(Model model) {
		model.addAttribute("form", new OpenForm());
		return openPage(model);
	}

	@PostMapping("/finances/enveloppes")
	String open(@Valid @ModelAttribute("form") OpenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BigDecimal allocated = FrenchAmounts.read(form.getAllocated(), "allocated", result);
		if (result.hasErrors()) {
			return openPage(model);
		}
		try {
			ledger.open(form.getScheme(), form.getYear(), allocated, blankToNull(form.getDeliberationReference()),
					blankToNull(form.getNote()), currentActor.get());
		}
		catch (ConflictException | InvalidRequestException refusal) {
			FormErrors.show(refusal, result);
			return openPage(model);
		}
		redirect.addFlashAttribute("flashSuccess", "finance.envelope.opened");
		return "redirect:/finances?year=" + form.getYear();
	}

	@GetMapping("/finances/enveloppes/{id}/credits")
	String amendForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new AmendmentForm());
		return amendPage(id, model);
	}

	@PostMapping("/finances/enveloppes/{id}/credits")
	String amend(@PathVariable UUID id, @Valid @ModelAttribute("form") AmendmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		BigDecimal amount = FrenchAmounts.read(form.getAmount(), "amount", result);
		if (result.hasErrors()) {
			return amendPage(id, model);
		}
		EnvelopeView envelope = ledger.get(id);
		try {
			ledger.amend(id, "INCREASE".equals(form.getDirection()), amount, form.getDeliberationReference().strip(),
					form.getReason().strip(), null, currentActor.get());
		}
		catch (ConflictException | InvalidRequestException refusal) {
			FormErrors.show(refusal, result);
			return amendPage(id, model);
		}
		redirect.addFlashAttribute("flashSuccess", "finance.envelope.amended");
		return "redirect:/finances?year=" + envelope.year();
	}

	private String openPage(Model model) {
		model.addAttribute("schemes", AidScheme.values());
		return "finance/envelope-open";
	}

	private String amendPage(UUID id, Model model) {
		model.addAttribute("envelope", ledger.get(id));
		return "finance/envelope-amend";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Reads an amount typed the French way ("1 234,56") or with a dot; an error on the field otherwise. */
	static final class FrenchAmounts {

		private FrenchAmounts() {
		}

		static BigDecimal read(String typed, String field, BindingResult result) {
			if (typed == null || typed.isBlank() || result.hasFieldErrors(field)) {
				return null;
			}
			BigDecimal amount = TypedInput.amount(typed);
			if (amount == null) {
				result.rejectValue(field, "amount", "n'est pas un montant : écrivez par exemple 12 500,00");
				return null;
			}
			if (amount.signum() <= 0) {
				result.rejectValue(field, "positive", "doit être strictement positif");
				return null;
			}
			if (amount.stripTrailingZeros().scale() > 2) {
				result.rejectValue(field, "cents", "ne peut pas avoir plus de deux décimales");
				return null;
			}
			return amount.setScale(2);
		}

	}

	/** A new envelope: its scheme, its year and the credits the budget allocates. */
	public static class OpenForm {

		@NotNull(message = "est obligatoire")
		private AidScheme scheme;

		@NotNull(message = "est obligatoire")
		@Min(value = 2000, message = "doit être une année valide")
		@Max(value = 2100, message = "doit être une année valide")
		private Integer year;

		@NotBlank(message = "est obligatoire")
		private String allocated;

		@Size(max = 100, message = "ne doit pas dépasser 100 caractères")
		private String deliberationReference;

		@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères")
		private String note;

		public AidScheme getScheme() {
			return scheme;
		}

		public void setScheme(AidScheme scheme) {
			this.scheme = scheme;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getAllocated() {
			return allocated;
		}

		public void setAllocated(String allocated) {
			this.allocated = allocated;
		}

		public String getDeliberationReference() {
			return deliberationReference;
		}

		public void setDeliberationReference(String deliberationReference) {
			this.deliberationReference = deliberationReference;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** A deliberation that increases or decreases an envelope's credits. */
	public static class AmendmentForm {

		@NotBlank(message = "est obligatoire")
		@jakarta.validation.constraints.Pattern(regexp = "INCREASE|DECREASE", message = "est obligatoire")
		private String direction;

		@NotBlank(message = "est obligatoire")
		private String amount;

		@NotBlank(message = "est obligatoire")
		@Size(max = 100, message = "ne doit pas dépasser 100 caractères")
		private String deliberationReference;

		@NotBlank(message = "est obligatoire")
		@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères")
		private String reason;

		public String getDirection() {
			return direction;
		}

		public void setDirection(String direction) {
			this.direction = direction;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getDeliberationReference() {
			return deliberationReference;
		}

		public void setDeliberationReference(String deliberationReference) {
			this.deliberationReference = deliberationReference;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
