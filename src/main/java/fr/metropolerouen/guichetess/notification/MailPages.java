package fr.metropolerouen.guichetess.notification;

import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mail outbox for administrators: the mails in one state (failed by default, as {@code GET /api/mails}), a retry
 * button on each failed mail ({@code POST /api/mails/{id}/retry}), and the links to the operations tools.
 */
@PageController
class MailPages {

	/** A class of Camunda's web applications (Cockpit, Tasklist, Admin): named, not imported, outside workflow. */
	private static final String CAMUNDA_WEBAPP = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";

	private final MailDeliveries deliveries;

	MailPages(MailDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/admin/courriels")
	String outbox(@RequestParam(name = "statut", defaultValue = "FAILED") String status, Model model) {
		MailStatus shown = parse(status);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", MailStatus.values());
		model.addAttribute("mails", deliveries.withStatus(shown));
		model.addAttribute("cockpitInstalled", ClassUtils.isPresent(CAMUNDA_WEBAPP, MailPages.class.getClassLoader()));
		return "admin/mails";
	}

	@PostMapping("/admin/courriels/{id}/renvoi")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			deliveries.retry(id);
			redirect.addFlashAttribute("flashSuccess", "admin.mails.retried");
		}
		catch (ConflictException | InvalidRequestException refusal) {
			redirect.addFlashAttribute("flashError", refusal.getMessage());
		}
		return "redirect:/admin/courriels";
	}

	private static MailStatus parse(String status) {
		for (MailStatus candidate : MailStatus.values()) {
			if (candidate.name().equalsIgnoreCase(status)) {
				return candidate;
			}
		}
		return MailStatus.FAILED;
	}

}
