package fr.metropolerouen.guichetess.account;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators open the accounts of the Métropole's staff (applicants sign up on their own). */
@RestController
@Tag(name = "Comptes")
class StaffAccountController {

	private final Accounts accounts;

	StaffAccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/admin/accounts")
	@Operation(summary = "Créer le compte d'un agent (instruction, Bureau, finances, administration)")
	ResponseEntity<AccountView> create(@Valid @RequestBody StaffAccountRequest request) {
		if (request.role() == Role.APPLICANT || request.role() == Role.SYSTEM) {
			throw new InvalidRequestException("Ce rôle ne s'attribue pas ici.", List.of(
					new InvalidRequestException.FieldError("role", "doit être OFFICER, COMMITTEE, FINANCE ou ADMIN")));
		}
		AccountView account = accounts.create(request.username(), request.password(), request.email(),
				request.role(), null);
		return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(account);
	}

	record StaffAccountRequest(
			@NotBlank(message = "est obligatoire") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}",
					message = "doit compter 3 à 40 caractères : minuscules, chiffres, point, tiret") String username,
			@NotBlank(message = "est obligatoire") @Size(min = 12, max = 128,
					message = "doit compter entre 12 et 128 caractères") String password,
			@NotBlank(message = "est obligatoire") @Email(message = "n'est pas une adresse électronique valide")
			@Size(max = 254, message = "est trop longue") String email,
			@NotNull(message = "est obligatoire") Role role) {
	}

}
