package fr.metropolerouen.guichetess.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageFormats;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's dossier pages: every dossier with filters and a search, and one dossier with its data, documents,
 * eligibility, amounts, letters, payments and timeline, and the form of the step it waits for. The same services as
 * {@code GET /api/dossiers}, {@code POST /api/dossiers/{id}/completeness}, {@code /eligibility-confirmation} and
 * {@code /review}, as the officer.
 */
@PageController
@RequestMapping("/instruction/dossiers")
class OfficerDossierPages {

	private static final int PAGE_SIZE = 20;

	private final DossierRepository dossiers;

	private final DossierAccess access;

	private final DossierDetailsAssembler assembler;

	private final DossierInstruction instruction;

	private final DocumentUploads uploads;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final TransactionTemplate reading;

	private final DossierMessages exchange;

	private final TechnicalIncidents incidents;

	OfficerDossierPages(DossierRepository dossiers, DossierAccess access, DossierDetailsAssembler assembler,
			DossierInstruction instruction, DocumentUploads uploads, CurrentActor currentActor, Clock clock,
			PlatformTransactionManager transactions, DossierMessages exchange, TechnicalIncidents incidents) {
		this.exchange = exchange;
		this.incidents = incidents;
		this.dossiers = dossiers;
		this.access = access;
		this.assembler = assembler;
		this.instruction = instruction;
		this.uploads = uploads;
		this.currentActor = currentActor;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@GetMapping
	String list(@RequestParam(required = false) DossierStatus status, @RequestParam(required = false) AidScheme scheme,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor reader = currentActor.get();
		Specification<Dossier> filter = DossierFilters.visibleTo(reader)
			.and(DossierFilters.hasStatus(status))
			.and(DossierFilters.hasScheme(scheme));
		Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, newestFirst);
		String search = q == null ? "" : q.strip();
		Page<DossierSummary> found = reading
			.execute(tx -> dossiers.findAll(filter.and(DossierSearch.matching(search)), request)
				.map(assembler::summary));
		model.addAttribute("dossiers", found);
		model.addAttribute("status", status);
		model.addAttribute("scheme", scheme);
		model.addAttribute("q", search);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("schemes", AidScheme.values());
		return "officer/dossiers";
	}

	@GetMapping("/{id}")
	String dossier(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping("/{id}/complet")
	String complete(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			instruction.recordCompleteness(id, true, null, null, currentActor.get());
			redirect.addFlashAttribute("flashSuccess", "officer.dossier.completeness.done");
		}
		catch (ConflictException | InvalidRequestException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/instruction/dossiers/" + id;
	}

	@PostMapping("/{id}/pieces-manquantes")
	String requestDocuments(@PathVariable UUID id,
			@Valid @ModelAttribute("missingForm") OfficerForms.MissingDocumentsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, result, model, redirect, "officer.dossier.missing.done", false,
				() -> instruction.recordCompleteness(id, false, form.getMissingDocuments(), form.getMessage(),
						currentActor.get()));
	}

	@PostMapping("/{id}/eligibilite")
	String decideOnEligibility(@PathVariable UUID id,
			@Valid @ModelAttribute("eligibilityForm") OfficerForms.EligibilityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, result, model, redirect, "officer.dossier.eligibility.done", false,
				() -> instruction.decideOnIneligibility(id, "refuse".equals(form.getDecision()),
						form.getJustification(), currentActor.get()));
	}

	@PostMapping("/{id}/avis")
	String review(@PathVariable UUID id, @Valid @ModelAttribute("reviewForm") OfficerForms.ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("proposedAmount") && form.amount() != null && form.amount().signum() <= 0) {
			result.rejectValue("proposedAmount", "positive", "doit être strictement positif");
		}
		// a proposal the service refuses (above the suggestion without a reason) stays on the form as typed
		return step(id, result, model, redirect, "officer.dossier.review.done", true,
				() -> instruction.recordReview(id, form.amount(), form.getOpinion(), form.getJustification(),
						currentActor.get()));
	}

	/**
	 * A step's form sent: shown again with its errors next to the fields, or done and the dossier page reloaded
	 * with a French confirmation. A step no longer open is said at the top of the page unless {@code conflictOnForm}.
	 */
	private String step(UUID id, BindingResult form, Model model, RedirectAttributes redirect, String doneKey,
			boolean conflictOnForm, Runnable action) {
		if (form.hasErrors()) {
			return page(id, model);
		}
		try {
			action.run();
		}
		catch (InvalidRequestException refused) {
			FormErrors.show(refused, form);
			return page(id, model);
		}
		catch (ConflictException refused) {
			if (conflictOnForm) {
				FormErrors.show(refused, form);
				return page(id, model);
			}
			redirect.addFlashAttribute("flashError", refused.getMessage());
			return "redirect:/instruction/dossiers/" + id;
		}
		redirect.addFlashAttribute("flashSuccess", doneKey);
		return "redirect:/instruction/dossiers/" + id;
	}

	/** The dossier page, with the forms as typed when one of them is shown again with its errors. */
	private String page(UUID id, Model model) {
		Actor officer = currentActor.get();
		DossierDetails details = reading.execute(tx -> assembler.details(access.visible(id, officer), officer));
		DossierSnapshot snapshot = reading.execute(tx -> DossierSnapshot.of(access.visible(id, officer)));
		LocalDate today = FrenchFormat.today(clock);
		model.addAttribute("dossier", details);
		model.addAttribute("step", step(details));
		model.addAttribute("incidents", incidents.openOn(id));
		model.addAttribute("documentLabels", details.requiredDocuments()
			.stream()
			.collect(Collectors.toMap(DossierDetails.RequiredDocument::code, DossierDetails.RequiredDocument::label,
					(a, b) -> a)));
		LocalDate rejection = snapshot.implicitRejectionDate();
		model.addAttribute("implicitRejectionDate", rejection);
		model.addAttribute("daysLeft", rejection == null ? null : ChronoUnit.DAYS.between(today, rejection));
		model.addAttribute("daysSinceSubmission", snapshot.submissionDate() == null ? null
				: ChronoUnit.DAYS.between(snapshot.submissionDate(), today));
		model.addAttribute("pendingPayments", details.payments()
			.stream()
			.filter(p -> "PENDING".equals(p.status()))
			.toList());
		if (!model.containsAttribute("missingForm")) {
			model.addAttribute("missingForm", new OfficerForms.MissingDocumentsForm());
		}
		if (!model.containsAttribute("eligibilityForm")) {
			model.addAttribute("eligibilityForm", new OfficerForms.EligibilityForm());
		}
		if (!model.containsAttribute("reviewForm")) {
			OfficerForms.ReviewForm review = new OfficerForms.ReviewForm();
			if (details.suggestedAmount() != null) {
				review.setProposedAmount(new PageFormats().input(details.suggestedAmount()));
			}
			model.addAttribute("reviewForm", review);
		}
		model.addAttribute("messages", exchange.of(id, officer));
		model.addAttribute("messageAction", details.status() == DossierStatus.DRAFT ? null
				: "/instruction/dossiers/" + id + "/messages");
		return "officer/dossier";
	}

	/** The officer's step the dossier waits for, by its status and eligibility; null when none is the officer's. */
	private static String step(DossierDetails dossier) {
		return switch (dossier.status()) {
			case SUBMITTED -> "completeness";
			case UNDER_REVIEW -> {
				EligibilityView eligibility = dossier.eligibility();
				if (eligibility == null || eligibility.verdict() == null) {
					yield "assessing";
				}
				if (Boolean.TRUE.equals(eligibility.eligible())) {
					yield "review";
				}
				yield eligibility.officerDecision() == null ? "eligibility" : null;
			}
			default -> null;
		};
	}

}
