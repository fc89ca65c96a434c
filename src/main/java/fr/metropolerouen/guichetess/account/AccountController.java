package fr.metropolerouen.guichetess.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
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

	@PutMapping("/api/accounts/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Changer son mot de passe (le mot de passe actuel est demandé)")
	void changePassword(@Valid @RequestBody PasswordChangeRequest request) {
		accounts.changePassword(currentActor.get().username(), request.currentPassword(), request.newPassword());
	}

	record PasswordChangeRequest(
			@NotBlank(message = "est obligatoire") @Size(max = PasswordPolicy.MAX_LENGTH,
					message = "est trop long") String currentPassword,
			@NotBlank(message = "est obligatoire") @Size(min = PasswordPolicy.MIN_LENGTH,
					max = PasswordPolicy.MAX_LENGTH, message = "doit compter entre 12 et 128 caractères") String newPassword) {
	}

}
