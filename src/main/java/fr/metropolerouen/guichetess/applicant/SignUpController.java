package fr.metropolerouen.guichetess.applicant;

import fr.metropolerouen.guichetess.account.Role;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Comptes")
class SignUpController {

	private final Organisations organisations;

	private final CurrentActor currentActor;

	SignUpController(Organisations organisations, CurrentActor currentActor) {
		this.organisations = organisations;
		this.currentActor = currentActor;
	}

	@PostMapping("/api/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Inscription d'une structure ESS et de son premier compte porteur de projet")
	SignUpResponse signUp(@Valid @RequestBody SignUpRequest request) {
		Organisations.SignedUp signedUp = organisations.signUp(request.username(), request.password(),
				request.email(), request.organisation());
		return new SignUpResponse(signedUp.account().username(), signedUp.account().email(),
				signedUp.account().role(), signedUp.organisation());
	}

	@GetMapping("/api/organisations/me")
	@Operation(summary = "La structure du porteur de projet connecté")
	OrganisationView myOrganisation() {
		var organisationId = currentActor.get().organisationId();
		if (organisationId == null) {
			throw new NotFoundException("Votre compte n'est rattaché à aucune structure.");
		}
		return organisations.get(organisationId);
	}

	record SignUpRequest(
			@NotBlank(message = "est obligatoire") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}",
					message = "doit compter 3 à 40 caractères : minuscules, chiffres, point, tiret") String username,
			@NotBlank(message = "est obligatoire") @Size(min = 12, max = 128,
					message = "doit compter entre 12 et 128 caractères") String password,
			@NotBlank(message = "est obligatoire") @Email(message = "n'est pas une adresse électronique valide")
			@Size(max = 254, message = "est trop longue") String email,
			@NotNull(message = "est obligatoire") @Valid OrganisationDetails organisation) {
	}

	record SignUpResponse(String username, String email, Role role, OrganisationView organisation) {
	}

}
