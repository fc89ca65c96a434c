package fr.metropolerouen.guichetess.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Comptes")
class AccountController {

	private final CurrentActor currentActor;

	private final Accounts accounts;

	AccountController(CurrentActor currentActor, Accounts accounts) {
		this.currentActor = currentActor;
		this.accounts = accounts;
	}

	@GetMapping("/api/accounts/me")
	@Operation(summary = "Le compte de l'utilisateur connecté")
	AccountView me() {
		return accounts.find(currentActor.get().username()).orElseThrow();
	}

}
