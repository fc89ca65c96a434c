package fr.metropolerouen.guichetess.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The applicant's dossiers: the list, the draft wizard, the supporting documents and submission, and the dossier's
 * page. The same services as the API's dossier and document endpoints, as the applicant.
 */
@PageController
class ApplicantDossierPages {

	/** Prefix of the file inputs of the upload form: one input per document type, named after its code. */
	static final String FILE_INPUT = "piece-";

	private final DossierDrafting drafting;

	private final DossierRepository dossiers;

	private final DossierAccess access;

	private final DossierDetailsAssembler assembler;

	private final DocumentUploads uploads;

	private final SchemeCatalogue schemes;

	private final CurrentActor currentActor;

	private final Validator validator;

	private final MessageSource messages;

	private final DossierMessages exchange;

	private final Organisations organisations;

	ApplicantDossierPages(DossierDrafting drafting, DossierRepository dossiers, DossierAccess access,
			DossierDetailsAssembler assembler, DocumentUploads uploads, SchemeCatalogue schemes,
			CurrentActor currentActor, Validator validator, MessageSource messages, DossierMessages exchange,
			Organisations organisations) {
		this.exchange = exchange;
		this.organisations = organisations;
		this.drafting = drafting;
		this.dossiers = dossiers;
		this.access = access;
		this.assembler = assembler;
		this.uploads = uploads;
		this.schemes = schemes;
		this.currentActor = currentActor;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/espace")
	@Transactional(readOnly = true)
	String myDossiers(Model model) {
		Actor applicant = currentActor.get();
		var page = PageRequest.of(0, 100, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
		model.addAttribute("dossiers",
				dossiers.findAll(DossierFilters.visibleTo(applicant), page).map(assembler::summary).getContent());
		model.addAttribute("schemes", schemes.all());
		return "applicant/dossiers";
	}

	@GetMapping("/espace/dossiers/nouveau")
	String newDossier(@RequestParam(name = "dispositif", required = false) AidScheme scheme, Model model) {
		if (scheme == null) {
			return "redirect:/espace";
		}
		DossierForm form = new DossierForm();
		form.setScheme(scheme);
		form.proposeHeadcount(organisations.get(currentActor.get().organisationId()).employees());
		return wizard(model, form, null);
	}

	@PostMapping("/espace/dossiers/nouveau")
	String create(@ModelAttribute("form") DossierForm form, BindingResult result, Model model,
			@RequestParam(name = "suite", required = false) String next, RedirectAttributes redirect) {
		if (form.getScheme() == null) {
			return "redirect:/espace";
		}
		DossierData data = form.toData(result, validator);
		if (data == null) {
			return wizard(model, form, null);
		}
		Dossier dossier;
		try {
			dossier = drafting.create(data, currentActor.get());
		}
		catch (InvalidRequestException | ConflictException refusal) {
			FormErrors.show(refusal, result);
			return wizard(model, form, null);
		}
		redirect.addFlashAttribute("flashSuccess", "applicant.wizard.saved");
		return afterSave(dossier.id(), next);
	}

	@GetMapping("/espace/dossiers/{id}/modifier")
	@Transactional(readOnly = true)
	String edit(@PathVariable UUID id, Model model) {
		Dossier dossier = access.visible(id, currentActor.get());
		if (dossier.status() != DossierStatus.DRAFT) {
			return "redirect:/espace/dossiers/" + id;
		}
		DossierForm form = DossierForm.of(dossier.data());
		form.proposeHeadcount(organisations.get(dossier.organisationId()).employees());
		return wizard(model, form, dossier);
	}

	@PostMapping("/espace/dossiers/{id}/modifier")
	String update(@PathVariable UUID id, @ModelAttribute("form") DossierForm form, BindingResult result, Model model,
			@RequestParam(name = "suite", required = false) String next, RedirectAttributes redirect) {
		Actor applicant = currentActor.get();
		Dossier dossier = access.visible(id, applicant);
		form.setScheme(dossier.scheme());
		DossierData data = form.toData(result, validator);
		if (data == null) {
			return wizard(model, form, dossier);
		}
		try {
			drafting.update(id, data, applicant);
		}
		catch (InvalidRequestException | ConflictException refusal) {
			FormErrors.show(refusal, result);
			return wizard(model, form, dossier);
		}
		redirect.addFlashAttribute("flashSuccess", "applicant.wizard.saved");
		return afterSave(id, next);
	}

	private static String afterSave(UUID id, String next) {
		return next != null ? "redirect:/espace/dossiers/" + id + "/pieces" : "redirect:/espace/dossiers/" + id
				+ "/modifier";
	}

	private String wizard(Model model, DossierForm form, Dossier dossier) {
		model.addAttribute("form", form);
		model.addAttribute("dossier", dossier == null ? null : dossier.id());
		model.addAttribute("reference", dossier == null ? null : dossier.reference());
		model.addAttribute("schemeName", schemes.name(form.getScheme()));
		model.addAttribute("location", form.getScheme() == AidScheme.LOCATION_ESS);
		model.addAttribute("leaseTypes", LeaseType.values());
		model.addAttribute("operationTypes", OperationType.values());
		return "applicant/wizard";
	}

	@GetMapping("/espace/dossiers/{id}/pieces")
	@Transactional(readOnly = true)
	String documents(@PathVariable UUID id, Model model) {
		Actor applicant = currentActor.get();
		DossierDetails details = assembler.details(access.visible(id, applicant), applicant);
		model.addAttribute("dossier", details);
		model.addAttribute("fileInput", FILE_INPUT);
		model.addAttribute("typeLabels", typeLabels(details.scheme()));
		return "applicant/documents";
	}

	/**
	 * Uploads every file chosen in the form, each as the document type of its input; {@code retour} is the page to
	 * go back to (the checklist, the dossier page, or the payment request page for proofs).
	 */
	@PostMapping("/espace/dossiers/{id}/pieces")
	String upload(@PathVariable UUID id, HttpServletRequest request,
			@RequestParam(name = "retour", defaultValue = "pieces") String back, RedirectAttributes redirect) {
		Actor applicant = currentActor.get();
		Dossier dossier = access.visible(id, applicant);
		// a form posted without its files (not multipart) is the sender's mistake, not a failure of ours
		MultipartHttpServletRequest files = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (files == null) {
			throw new InvalidRequestException("Choisissez au moins un fichier à déposer.");
		}
		int uploaded = 0;
		List<String> refusals = new ArrayList<>();
		for (Map.Entry<String, MultipartFile> part : files.getFileMap().entrySet()) {
			MultipartFile file = part.getValue();
			if (!part.getKey().startsWith(FILE_INPUT) || file.isEmpty()) {
				continue;
			}
			String type = part.getKey().substring(FILE_INPUT.length());
			String label = schemes.documentLabel(dossier.scheme(), type).orElse(type);
			try {
				uploads.upload(id, type, file, applicant);
				uploaded++;
			}
			catch (InvalidRequestException refusal) {
				refusals.add(label + " (" + file.getOriginalFilename() + ") : " + reasons(refusal));
			}
			catch (ConflictException refusal) {
				refusals.add(label + " : " + refusal.getMessage());
			}
		}
		if (!refusals.isEmpty()) {
			redirect.addFlashAttribute("flashError",
					message("applicant.documents.refused") + " " + String.join(" ; ", refusals));
		}
		else if (uploaded == 0) {
			redirect.addFlashAttribute("flashError", message("applicant.documents.none-chosen"));
		}
		if (uploaded > 0) {
			redirect.addFlashAttribute("flashSuccess", "applicant.documents.uploaded.flash");
		}
		return switch (back) {
			case "dossier" -> "redirect:/espace/dossiers/" + id;
			case "versements" -> "redirect:/espace/dossiers/" + id + "/versements";
			default -> "redirect:/espace/dossiers/" + id + "/pieces";
		};
	}

	/** Submits the dossier, or hands it back after a request for missing documents. */
	@PostMapping("/espace/dossiers/{id}/depot")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor applicant = currentActor.get();
		DossierStatus before = access.visible(id, applicant).status();
		try {
			drafting.submit(id, applicant);
		}
		catch (InvalidRequestException refusal) {
			redirect.addFlashAttribute("flashError", refusal.getMessage() + " " + reasons(refusal));
			return before == DossierStatus.DRAFT ? "redirect:/espace/dossiers/" + id + "/pieces"
					: "redirect:/espace/dossiers/" + id;
		}
		catch (ConflictException refusal) {
			redirect.addFlashAttribute("flashError", refusal.getMessage());
			return "redirect:/espace/dossiers/" + id;
		}
		redirect.addFlashAttribute("flashSuccess", before == DossierStatus.AWAITING_DOCUMENTS
				? "applicant.dossier.resubmitted" : "applicant.dossier.submitted.flash");
		return "redirect:/espace/dossiers/" + id;
	}

	@GetMapping("/espace/dossiers/{id}")
	@Transactional(readOnly = true)
	String dossier(@PathVariable UUID id, Model model) {
		Actor applicant = currentActor.get();
		DossierDetails details = assembler.details(access.visible(id, applicant), applicant);
		model.addAttribute("dossier", details);
		model.addAttribute("fileInput", FILE_INPUT);
		model.addAttribute("typeLabels", typeLabels(details.scheme()));
		List<DossierDetails.RequiredDocument> requested = new ArrayList<>();
		if (details.status() == DossierStatus.AWAITING_DOCUMENTS && details.missingDocuments() != null) {
			for (String code : details.missingDocuments().documentTypes()) {
				requested.add(new DossierDetails.RequiredDocument(code,
						schemes.documentLabel(details.scheme(), code).orElse(code),
						details.documents()
							.stream()
							.anyMatch(d -> d.type().equals(code)
									&& d.uploadedAt().isAfter(details.missingDocuments().requestedAt()))));
			}
		}
		model.addAttribute("requested", requested);
		model.addAttribute("canEdit", details.status() == DossierStatus.DRAFT);
		model.addAttribute("granted", details.status() == DossierStatus.GRANTED);
		model.addAttribute("schemeName", schemes.name(details.scheme()));
		model.addAttribute("messages", exchange.of(id, applicant));
		model.addAttribute("messageAction",
				details.status() == DossierStatus.DRAFT ? null : "/espace/dossiers/" + id + "/messages");
		return "applicant/dossier";
	}

	/** The fields a refusal names, in French: "Loyer mensuel : est obligatoire pour déposer le dossier". */
	private String reasons(InvalidRequestException refusal) {
		List<String> reasons = new ArrayList<>();
		for (InvalidRequestException.FieldError error : refusal.errors()) {
			String field = error.field() == null ? null
					: messages.getMessage("applicant.field." + error.field(), null, error.field(), Locale.FRENCH);
			reasons.add(field == null ? error.message() : field + " : " + error.message());
		}
		return String.join(" ; ", reasons);
	}

	/** Every document type of the scheme by code: application documents, payment proofs, grant documents. */
	private Map<String, String> typeLabels(AidScheme scheme) {
		var view = schemes.view(scheme);
		Map<String, String> labels = new java.util.HashMap<>();
		java.util.stream.Stream.of(view.requiredDocuments(), view.paymentProofDocuments(), view.grantDocuments())
			.flatMap(List::stream)
			.forEach(type -> labels.putIfAbsent(type.code(), type.label()));
		return labels;
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
