package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.committee.SessionPageForms.ConflictForm;
import fr.metropolerouen.guichetess.committee.SessionPageForms.MembersForm;
import fr.metropolerouen.guichetess.committee.SessionPageForms.PlanForm;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.shared.PlausibleDate;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretary of the Bureau's pages: the sessions and a form to plan one; a session with its members and quorum,
 * its agenda and the check of the envelopes it draws on, the dossiers waiting for a session, the opening, the
 * declared interests, the closing and the minutes. Same services, same rights as {@link CommitteeController}.
 */
@PageController
class CommitteeSessionPages {

	private final CommitteeSessions sessions;

	private final SessionClosing closing;

	private final DossierStatistics statistics;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final CurrentActor currentActor;

	CommitteeSessionPages(CommitteeSessions sessions, SessionClosing closing, DossierStatistics statistics,
			Dossiers dossiers, Organisations organisations, CurrentActor currentActor) {
		this.sessions = sessions;
		this.closing = closing;
		this.statistics = statistics;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.currentActor = currentActor;
	}

	@GetMapping("/bureau")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PlanForm());
		}
		model.addAttribute("sessions", sessions.list());
		return "committee/sessions";
	}

	@PostMapping("/bureau")
	String plan(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate date = SessionPageForms.date(form.getDate());
		if (!result.hasFieldErrors("date") && date == null) {
			result.rejectValue("date", "invalid", "doit être une date au format jj/mm/aaaa, par exemple 10/12/2026");
		}
		else if (date != null && !PlausibleDate.Validator.isPlausible(date, LocalDate.now(FrenchFormat.ZONE))) {
			result.rejectValue("date", "invalid", PlausibleDate.MESSAGE);
		}
		String membersProblem = SessionPageForms.membersProblem(form.getMembers());
		if (!result.hasFieldErrors("members") && membersProblem != null) {
			result.rejectValue("members", "invalid", membersProblem);
		}
		if (result.hasErrors()) {
			return list(model);
		}
		SessionView session;
		try {
			session = sessions.create(CommitteeBody.BUREAU_METROPOLITAIN, date, form.getTitle(),
					SessionPageForms.members(form.getMembers()), currentActor.get());
		}
		catch (InvalidRequestException | ConflictException refusal) {
			FormErrors.show(refusal, result);
			return list(model);
		}
		redirect.addFlashAttribute("flashSuccess", "committee.flash.planned");
		return "redirect:/bureau/seances/" + session.id();
	}

	@GetMapping("/bureau/seances/{id}")
	String session(@PathVariable UUID id, Model model) {
		SessionView session = sessions.get(id);
		model.addAttribute("meeting", session);
		if (!model.containsAttribute("membersForm")) {
			MembersForm members = new MembersForm();
			members.setMembers(SessionPageForms.lines(session.members()));
			model.addAttribute("membersForm", members);
		}
		if (!model.containsAttribute("conflictForm")) {
			model.addAttribute("conflictForm", new ConflictForm());
		}
		model.addAttribute("waiting", session.status() == SessionStatus.CLOSED ? List.of() : waitingDossiers());
		model.addAttribute("decided", session.agenda().stream().anyMatch(item -> item.outcome() != null));
		model.addAttribute("canDecide", session.status() == SessionStatus.HELD
				|| (session.status() == SessionStatus.PLANNED && session.members().isEmpty()));
		model.addAttribute("presentCount",
				session.members().stream().filter(member -> Boolean.TRUE.equals(member.present())).count());
		return "committee/session";
	}

	@PostMapping("/bureau/seances/{id}/membres")
	String members(@PathVariable UUID id, @Valid @ModelAttribute("membersForm") MembersForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String problem = SessionPageForms.membersProblem(form.getMembers());
		if (!result.hasFieldErrors("members") && problem != null) {
			result.rejectValue("members", "invalid", problem);
		}
		if (!result.hasErrors()) {
			try {
				sessions.replaceMembers(id, SessionPageForms.members(form.getMembers()));
				redirect.addFlashAttribute("flashSuccess", "committee.flash.members");
				return "redirect:/bureau/seances/" + id;
			}
			catch (InvalidRequestException | ConflictException refusal) {
				FormErrors.show(refusal, result);
			}
		}
		return session(id, model);
	}

	@PostMapping("/bureau/seances/{id}/ordre-du-jour")
	String agenda(@PathVariable UUID id, @RequestParam(name = "dossierIds", required = false) List<UUID> dossierIds,
			RedirectAttributes redirect) {
		if (dossierIds == null || dossierIds.isEmpty()) {
			redirect.addFlashAttribute("flashError", "Cochez au moins un dossier à inscrire à l'ordre du jour.");
			return "redirect:/bureau/seances/" + id;
		}
		return act(id, redirect, "committee.flash.added",
				() -> sessions.addToAgenda(id, dossierIds, currentActor.get()));
	}

	@PostMapping("/bureau/seances/{id}/ordre-du-jour/remplir")
	String fill(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "committee.flash.filled", () -> sessions.fillAgenda(id, currentActor.get()));
	}

	@PostMapping("/bureau/seances/{id}/ouverture")
	String hold(@PathVariable UUID id,
			@RequestParam(name = "presentMemberIds", required = false) List<UUID> presentMemberIds,
			RedirectAttributes redirect) {
		return act(id, redirect, "committee.flash.held", () -> sessions.hold(id,
				presentMemberIds == null ? List.of() : presentMemberIds, currentActor.get()));
	}

	@PostMapping("/bureau/seances/{id}/interets")
	String conflict(@PathVariable UUID id, @Valid @ModelAttribute("conflictForm") ConflictForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				sessions.declareConflict(id, form.getMemberId(), form.getDossierId(), form.getStatement(),
						currentActor.get());
				redirect.addFlashAttribute("flashSuccess", "committee.flash.conflict");
				return "redirect:/bureau/seances/" + id;
			}
			catch (InvalidRequestException | ConflictException | NotFoundException refusal) {
				FormErrors.show(refusal, result);
			}
		}
		return session(id, model);
	}

	@PostMapping("/bureau/seances/{id}/cloture")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "committee.flash.closed", () -> closing.close(id, currentActor.get()));
	}

	@GetMapping("/bureau/seances/{id}/proces-verbal")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
		SessionView session = sessions.get(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("proces-verbal-" + session.date() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(sessions.minutes(id));
	}

	/** Runs a step of the session; its refusal comes back in French at the top of the session's page. */
	private String act(UUID id, RedirectAttributes redirect, String successKey, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (InvalidRequestException | ConflictException refusal) {
			redirect.addFlashAttribute("flashError", refusal.getMessage());
		}
		return "redirect:/bureau/seances/" + id;
	}

	/** The dossiers whose review is done and that are on no agenda of a session not closed. */
	private List<WaitingDossier> waitingDossiers() {
		Set<UUID> onAnAgenda = sessions.pendingItems()
			.stream()
			.map(PendingAgendaItem::dossierId)
			.collect(Collectors.toSet());
		return statistics.inProgress()
			.stream()
			.filter(dossier -> dossier.status() == DossierStatus.AWAITING_COMMITTEE)
			.filter(dossier -> !onAnAgenda.contains(dossier.id()))
			.map(dossier -> {
				DossierSnapshot snapshot = dossiers.get(dossier.id());
				return new WaitingDossier(dossier.id(), dossier.reference(), dossier.scheme(),
						organisations.get(snapshot.organisationId()).name(), snapshot.data().projectTitle(),
						dossier.requestedAmount(), dossier.proposedAmount());
			})
			.toList();
	}

	/** A dossier waiting for a session, as the list to put on the agenda shows it. */
	record WaitingDossier(UUID id, String reference, AidScheme scheme, String organisationName, String projectTitle,
			BigDecimal requestedAmount, BigDecimal proposedAmount) {
	}

}
