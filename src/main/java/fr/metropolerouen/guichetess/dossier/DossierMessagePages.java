package fr.metropolerouen.guichetess.dossier;

import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exchange of messages on the applicant's and the officer's dossier pages ({@code fragments/messages}): the
 * pages put the thread in their model with {@link #addThread}, the forms post here.
 */
@PageController
class DossierMessagePages {

	private final DossierMessages messages;

	private final CurrentActor currentActor;

	DossierMessagePages(DossierMessages messages, CurrentActor currentActor) {
		this.messages = messages;
		this.currentActor = currentActor;
	}

	/** The thread of a dossier for its page; {@code action} is where the form posts, null for a reader only. */
	void addThread(Model model, UUID dossierId, Actor reader, String action) {
		model.addAttribute("messages", messages.of(dossierId, reader));
		model.addAttribute("messageAction", action);
	}

	@PostMapping("/espace/dossiers/{id}/messages")
	String applicantWrites(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			RedirectAttributes redirect) {
		return post(id, body, redirect, "/espace/dossiers/");
	}

	@PostMapping("/instruction/dossiers/{id}/messages")
	String officerWrites(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			RedirectAttributes redirect) {
		return post(id, body, redirect, "/instruction/dossiers/");
	}

	private String post(UUID id, String body, RedirectAttributes redirect, String pages) {
		try {
			messages.post(id, body, currentActor.get());
			redirect.addFlashAttribute("flashSuccess", "messages.sent");
		}
		catch (InvalidRequestException refused) {
			// back to the page with what was typed and, next to the field, why it was refused
			redirect.addFlashAttribute("messageDraft", body);
			redirect.addFlashAttribute("messageError", refused.errors().isEmpty() ? refused.getMessage()
					: "Votre message " + refused.errors().get(0).message() + ".");
		}
		catch (ConflictException refused) {
			redirect.addFlashAttribute("messageDraft", body);
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:" + pages + id + "#messages";
	}

}
