package fr.metropolerouen.guichetess.payment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.DocumentType;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beneficiary's payment requests on a granted dossier: those made, and a form for the next one citing the proofs
 * attached to the dossier (the service of POST /api/dossiers/{id}/payment-requests).
 */
@PageController
class PaymentRequestPage {

	private final PaymentRequests payments;

	private final Dossiers dossiers;

	private final SchemeCatalogue schemes;

	private final DueAmounts dueAmounts;

	private final CurrentActor currentActor;

	PaymentRequestPage(PaymentRequests payments, Dossiers dossiers, SchemeCatalogue schemes, DueAmounts dueAmounts,
			CurrentActor currentActor) {
		this.payments = payments;
		this.dossiers = dossiers;
		this.schemes = schemes;
		this.dueAmounts = dueAmounts;
		this.currentActor = currentActor;
	}

	@GetMapping("/espace/dossiers/{id}/versements")
	String page(@PathVariable UUID id, Model model) {
		Actor applicant = currentActor.get();
		DossierSnapshot dossier = dossiers.getVisible(id, applicant);
		PaymentRequestForm form = new PaymentRequestForm();
		List<PaymentKind> kinds = kinds(dossier);
		if (kinds.size() == 1) {
			form.setKind(kinds.get(0).name());
		}
		if (kinds.contains(PaymentKind.ANNUAL_INSTALMENT) && dossier.status() == DossierStatus.GRANTED) {
			form.setLeaseYear(String.valueOf(dueAmounts.nextLeaseYear(id, null)));
			form.setMonthsOccupied("12");
		}
		form.setIdempotencyKey(UUID.randomUUID().toString());
		Set<UUID> cited = payments.ofDossier(id, applicant)
			.stream()
			.flatMap(request -> request.proofDocumentIds().stream())
			.collect(Collectors.toSet());
		Set<String> proofCodes = schemes.paymentProofDocuments(dossier.scheme())
			.stream()
			.map(DocumentType::code)
			.collect(Collectors.toSet());
		form.setProofDocumentIds(new java.util.ArrayList<>(dossiers.documents(id)
			.stream()
			.filter(d -> proofCodes.contains(d.type()) && !cited.contains(d.id()))
			.map(d -> d.id())
			.toList()));
		return page(model, dossier, form, applicant);
	}

	@PostMapping("/espace/dossiers/{id}/versements")
	String request(@PathVariable UUID id, @Valid @ModelAttribute("form") PaymentRequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Actor applicant = currentActor.get();
		DossierSnapshot dossier = dossiers.getVisible(id, applicant);
		PaymentClaim claim = form.toClaim(result);
		if (claim == null) {
			return page(model, dossier, form, applicant);
		}
		String key = form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank() ? null
				: form.getIdempotencyKey().strip();
		try {
			payments.request(id, claim, key, applicant);
		}
		catch (InvalidRequestException | ConflictException refusal) {
			FormErrors.show(refusal, result);
			return page(model, dossier, form, applicant);
		}
		redirect.addFlashAttribute("flashSuccess", "applicant.payment.requested");
		return "redirect:/espace/dossiers/" + id;
	}

	private String page(Model model, DossierSnapshot dossier, PaymentRequestForm form, Actor applicant) {
		List<DocumentType> proofTypes = schemes.paymentProofDocuments(dossier.scheme());
		Set<String> proofCodes = proofTypes.stream().map(DocumentType::code).collect(Collectors.toSet());
		Map<String, String> labels = new HashMap<>();
		Stream.of(proofTypes, schemes.requiredDocuments(dossier.scheme()), schemes.grantDocuments(dossier.scheme()))
			.flatMap(List::stream)
			.forEach(type -> labels.putIfAbsent(type.code(), type.label()));
		model.addAttribute("form", form);
		model.addAttribute("dossier", dossier);
		model.addAttribute("granted", dossier.status() == DossierStatus.GRANTED);
		model.addAttribute("requests", payments.ofDossier(dossier.id(), applicant));
		model.addAttribute("kinds", kinds(dossier));
		model.addAttribute("yearly", kinds(dossier).contains(PaymentKind.ANNUAL_INSTALMENT));
		model.addAttribute("proofTypes", proofTypes);
		model.addAttribute("proofs",
				dossiers.documents(dossier.id()).stream().filter(d -> proofCodes.contains(d.type())).toList());
		model.addAttribute("typeLabels", labels);
		model.addAttribute("fileInput", "piece-");
		return "applicant/payment-request";
	}

	private List<PaymentKind> kinds(DossierSnapshot dossier) {
		return Arrays.stream(PaymentKind.values())
			.filter(kind -> schemes.allowsPaymentKind(dossier.scheme(), kind.name()))
			.toList();
	}

}
