package fr.metropolerouen.guichetess.workflow;

import java.util.UUID;

import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' incident pages: every open incident, or one dossier's, each with a « Relancer » button (the
 * same service as {@code POST /api/admin/dossiers/{id}/incidents/{incidentId}/retry}).
 */
@PageController
class IncidentPages {

	private final ProcessIncidents incidents;

	IncidentPages(ProcessIncidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/admin/incidents")
	String all(Model model) {
		model.addAttribute("incidents", incidents.all());
		model.addAttribute("dossierId", null);
		return "admin/incidents";
	}

	@GetMapping("/admin/dossiers/{id}/incidents")
	String ofDossier(@PathVariable UUID id, Model model) {
		model.addAttribute("incidents", incidents.ofDossier(id));
		model.addAttribute("dossierId", id);
		return "admin/incidents";
	}

	@PostMapping("/admin/dossiers/{id}/incidents/{incidentId}/relance")
	String retry(@PathVariable UUID id, @PathVariable String incidentId,
			@RequestParam(name = "retour", defaultValue = "liste") String back, RedirectAttributes redirect) {
		try {
			incidents.retry(id, incidentId);
			redirect.addFlashAttribute("flashSuccess", "admin.incidents.retried");
		}
		catch (NotFoundException gone) {
			redirect.addFlashAttribute("flashError", gone.getMessage());
		}
		return "dossier".equals(back) ? "redirect:/admin/dossiers/" + id + "/incidents" : "redirect:/admin/incidents";
	}

}
