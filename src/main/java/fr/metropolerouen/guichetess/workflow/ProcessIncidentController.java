package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open incidents of the processes, for administrators (every {@code /api/admin/**} endpoint requires the ADMIN
 * role): all of them, one dossier's, and the retry of one, recorded in the dossier's timeline.
 */
@RestController
class ProcessIncidentController {

	private final ProcessIncidents incidents;

	ProcessIncidentController(ProcessIncidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/api/admin/incidents")
	List<ProcessIncident> all() {
		return incidents.all();
	}

	@GetMapping("/api/admin/dossiers/{id}/incidents")
	List<ProcessIncident> ofDossier(@PathVariable UUID id) {
		return incidents.ofDossier(id);
	}

	@PostMapping("/api/admin/dossiers/{id}/incidents/{incidentId}/retry")
	ProcessIncident retry(@PathVariable UUID id, @PathVariable String incidentId) {
		return incidents.retry(id, incidentId);
	}

}
