package fr.metropolerouen.guichetess.scheme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dispositifs")
class RuleSetController {

	private final RuleSets ruleSets;

	RuleSetController(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	@GetMapping("/api/rule-sets")
	@Operation(summary = "Les versions adoptées des règlements : période de validité, délibération, paramètres")
	List<RuleSetVersion> adopted() {
		return ruleSets.adopted();
	}

	@GetMapping("/api/admin/rule-sets")
	@Operation(summary = "Toutes les versions des règlements, projets compris (administrateurs)")
	List<RuleSetVersion> all() {
		return ruleSets.all();
	}

}
