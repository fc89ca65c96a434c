package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.committee.SessionPageForms.DecisionForm;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.NotFoundException;
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
 * The Bureau's decision on one dossier of a session's agenda: grant (an amount, with reasons above the officer's
 * proposal), refusal (reasons) or adjournment; a decision already recorded is corrected with a reason.
 */
@PageController
class AgendaDecisionPages {

	private final CommitteeSessions sessions;

	private final SessionDecisions decisions;

	private final CurrentActor currentActor;

	AgendaDecisionPages(CommitteeSessions sessions, SessionDecisions decisions, CurrentActor currentActor) {
		this.sessions = sessions;
		this.decisions = decisions;
		this.currentActor = currentActor;
	}

	@GetMapping("/bureau/seances/{id}/decisions/{dossierId}")
	String form(@PathVariable UUID id, @PathVariable UUID dossierId, Model model) {
		SessionView.Item item = show(id, dossierId, model);
		DecisionForm form = new DecisionForm();
		if (item.outcome() != null) {
			form.setOutcome(item.outcome());
			form.setAmount(item.amount() == null ? null : item.amount().toPlainString().replace('.', ','));
			form.setReasons(item.reasons());
		}
		model.addAttribute("form", form);
		return "committee/decision";
	}

	@PostMapping("/bureau/seances/{id}/decisions/{dossierId}")
	String decide(@PathVariable UUID id, @PathVariable UUID dossierId, @Valid @ModelAttribute("form") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BigDecimal amount = null;
		if (form.getOutcome() == DecisionOutcome.GRANTED && !result.hasFieldErrors("amount")) {
			if (form.getAmount() == null || form.getAmount().isBlank()) {
				result.rejectValue("amount", "required", "est obligatoire pour accorder l'aide");
			}
			else {
				amount = SessionPageForms.amount(form.getAmount());
				if (amount == null) {
					result.rejectValue("amount", "invalid", "doit être un montant en euros, par exemple 2 500,00");
				}
			}
		}
		if (!result.hasErrors()) {
			try {
				decisions.decide(id, dossierId, form.getOutcome(), amount, form.getReasons(),
						form.getCorrectionReason(), currentActor.get());
				redirect.addFlashAttribute("flashSuccess", "committee.flash.decided");
				return "redirect:/bureau/seances/" + id;
			}
			catch (InvalidRequestException | ConflictException refusal) {
				FormErrors.show(refusal, result);
			}
		}
		show(id, dossierId, model);
		return "committee/decision";
	}

	private SessionView.Item show(UUID id, UUID dossierId, Model model) {
		SessionView session = sessions.get(id);
		SessionView.Item item = session.agenda()
			.stream()
			.filter(line -> line.dossierId().equals(dossierId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Ce dossier n'est pas à l'ordre du jour de cette séance."));
		model.addAttribute("meeting", session);
		model.addAttribute("item", item);
		return item;
	}

}
