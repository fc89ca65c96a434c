package fr.metropolerouen.guichetess.retention;

import java.util.List;

import fr.metropolerouen.guichetess.dossier.DossierRetention.DueDossier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For administrators (the account module's rule on /api/admin/**): see what the purge would erase, or run it now. */
@RestController
@Tag(name = "Conservation des données (RGPD)")
class RetentionController {

	private final PersonalDataPurge purge;

	RetentionController(PersonalDataPurge purge) {
		this.purge = purge;
	}

	@GetMapping("/api/admin/retention")
	@Operation(summary = "Les dossiers dont la durée de conservation des données personnelles est échue (sans rien effacer)")
	List<DueDossier> due(@RequestParam(defaultValue = "100") int limit) {
		return purge.due(Math.max(1, Math.min(limit, 1000)));
	}

	@PostMapping("/api/admin/retention/purge")
	@Operation(summary = "Purger maintenant les données personnelles des dossiers dont la durée de conservation est échue")
	PersonalDataPurge.PurgeReport purgeNow() {
		return purge.purgeDue();
	}

}
