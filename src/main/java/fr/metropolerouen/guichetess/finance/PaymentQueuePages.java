package fr.metropolerouen.guichetess.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.payment.PaymentChain;
import fr.metropolerouen.guichetess.payment.PaymentOrders;
import fr.metropolerouen.guichetess.payment.PaymentOrders.PaymentOrderView;
import fr.metropolerouen.guichetess.payment.PaymentRequestView;
import fr.metropolerouen.guichetess.payment.PaymentRequests;
import fr.metropolerouen.guichetess.payment.PaymentStatus;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.TableExports;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import fr.metropolerouen.guichetess.web.TypedInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance's payment queue: the payments liquidated by the officers, waiting for their payment order, and the orders
 * waiting for their payment; each opens on a page where finance issues the order, then records the payment (the same
 * services as {@code POST /api/payment-requests/{id}/payment-order} and {@code /payment}).
 */
@PageController
class PaymentQueuePages {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final PaymentOrders orders;

	private final PaymentOrderFiles files;

	private final PaymentRequests requests;

	private final PaymentChain chain;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final CurrentActor currentActor;

	private final Clock clock;

	PaymentQueuePages(PaymentOrders orders, PaymentOrderFiles files, PaymentRequests requests, PaymentChain chain,
			Dossiers dossiers, Organisations organisations, CurrentActor currentActor, Clock clock) {
		this.orders = orders;
		this.files = files;
		this.requests = requests;
		this.chain = chain;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	@GetMapping("/finances/versements")
	String queue(Model model) {
		List<PaymentOrderView> awaitingOrder = orders.awaitingOrder();
		List<PaymentOrderView> awaitingPayment = orders.list(false);
		List<UUID> organisationIds = new ArrayList<>();
		awaitingOrder.forEach(order -> organisationIds.add(order.organisationId()));
		awaitingPayment.forEach(order -> organisationIds.add(order.organisationId()));
		Map<UUID, OrganisationView> beneficiaries = organisations.getAll(organisationIds);
		model.addAttribute("awaitingOrder", awaitingOrder);
		model.addAttribute("awaitingPayment", awaitingPayment);
		model.addAttribute("beneficiaries", beneficiaries);
		return "finance/payments";
	}

	@GetMapping("/finances/versements/mandats.csv")
	ResponseEntity<byte[]> ordersCsv() {
		return TableExports.csv(files.table(false));
	}

	@GetMapping("/finances/versements/{id}")
	String request(@PathVariable UUID id, Model model) {
		PaymentForm form = new PaymentForm();
		form.setPaidOn(FrenchFormat.today(clock).format(FRENCH_DATE));
		model.addAttribute("form", form);
		return show(id, model);
	}

	@PostMapping("/finances/versements/{id}/mandat")
	String order(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			chain.order(id, currentActor.get());
			redirect.addFlashAttribute("flashSuccess", "finance.payment.ordered");
		}
		catch (ConflictException | InvalidRequestException refusal) {
			redirect.addFlashAttribute("flashError", refusal.getMessage() + details(refusal));
		}
		return "redirect:/finances/versements/" + id;
	}

	@PostMapping("/finances/versements/{id}/paiement")
	String recordPayment(@PathVariable UUID id, @Valid @ModelAttribute("form") PaymentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalDate paidOn = null;
		if (!result.hasFieldErrors("paidOn")) {
			paidOn = TypedInput.date(form.getPaidOn());
			if (paidOn == null) {
				result.rejectValue("paidOn", "invalid", "n'est pas une date valide : écrivez-la jj/mm/aaaa");
			}
		}
		if (result.hasErrors()) {
			return show(id, model);
		}
		try {
			chain.recordPayment(id, paidOn, form.getPaymentReference(), currentActor.get());
		}
		catch (ConflictException | InvalidRequestException refusal) {
			FormErrors.show(refusal, result);
			return show(id, model);
		}
		redirect.addFlashAttribute("flashSuccess", "finance.payment.paid");
		return "redirect:/finances/versements/" + id;
	}

	private String show(UUID id, Model model) {
		PaymentRequestView request = requests.get(id, currentActor.get());
		DossierSnapshot dossier = dossiers.get(request.dossierId());
		model.addAttribute("request", request);
		model.addAttribute("dossier", dossier);
		model.addAttribute("beneficiary", organisations.get(dossier.organisationId()));
		model.addAttribute("awaitingOrder", request.status() == PaymentStatus.LIQUIDATED);
		model.addAttribute("awaitingPayment", request.status() == PaymentStatus.ORDERED);
		return "finance/payment";
	}

	private static String details(RuntimeException refusal) {
		if (refusal instanceof InvalidRequestException invalid && !invalid.errors().isEmpty()) {
			return " " + String.join(" ; ", invalid.errors().stream().map(InvalidRequestException.FieldError::message)
				.toList());
		}
		return "";
	}

	/** The payment finance records: its date (jj/mm/aaaa) and the reference of the transfer. */
	public static class PaymentForm {

		@NotBlank(message = "est obligatoire")
		private String paidOn;

		@NotBlank(message = "est obligatoire")
		@Size(max = 60, message = "ne doit pas dépasser 60 caractères")
		private String paymentReference;

		public String getPaidOn() {
			return paidOn;
		}

		public void setPaidOn(String paidOn) {
			this.paidOn = paidOn;
		}

		public String getPaymentReference() {
			return paymentReference;
		}

		public void setPaymentReference(String paymentReference) {
			this.paymentReference = paymentReference;
		}

	}

}
