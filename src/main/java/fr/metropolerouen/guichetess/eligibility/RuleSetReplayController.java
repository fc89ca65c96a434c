package fr.metropolerouen.guichetess.eligibility;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Règlements")
class RuleSetReplayController {

	private final RuleSetReplay replay;

	RuleSetReplayController(RuleSetReplay replay) {
		this.replay = replay;
	}

	@PostMapping("/api/admin/rule-sets/replay")
	@Operation(summary = "Rejouer les dossiers déjà évalués avec une version de règlement (projet compris) et lister "
			+ "ceux dont le résultat ou le montant changerait")
	ReplayReport replay(@Valid @RequestBody ReplayRequest request) {
		return replay.replay(request.scheme(), request.version());
	}

	record ReplayRequest(@NotNull(message = "est obligatoire") AidScheme scheme,
			@NotBlank(message = "est obligatoire") @Size(max = 20, message = "ne doit pas dépasser 20 caractères") String version) {
	}

}
