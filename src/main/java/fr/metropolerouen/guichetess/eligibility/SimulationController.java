package fr.metropolerouen.guichetess.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lets anyone try the rules before applying: the same evaluation as a real dossier, saving nothing. */
@RestController
@Tag(name = "Simulateur")
class SimulationController {

	private final Simulations simulations;

	SimulationController(Simulations simulations) {
		this.simulations = simulations;
	}

	@PostMapping("/api/simulations")
	@Operation(summary = "Simuler l'éligibilité et le montant indicatif d'une demande, sans rien enregistrer")
	SimulationResult simulate(@Valid @RequestBody SimulationRequest request) {
		return simulations.simulate(request.dossier(), request.organisation());
	}

}
