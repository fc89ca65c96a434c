package fr.metropolerouen.guichetess.applicant;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Public sign-up of an ESS organisation and its first applicant account (the service of POST /api/accounts). */
@PageController
class SignUpPage {

	private final Organisations organisations;

	SignUpPage(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/inscription")
	String form(@ModelAttribute("form") SignUpForm form) {
		return "applicant/signup";
	}

	@PostMapping("/inscription")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result) {
		if (result.hasErrors()) {
			form.setPassword(null);
			return "applicant/signup";
		}
		try {
			organisations.signUp(form.getUsername(), form.getPassword(), form.getEmail(), form.organisation());
		}
		catch (ConflictException refusal) {
			String field = refusal.getMessage().contains("SIRET") ? "siret"
					: refusal.getMessage().contains("identifiant") ? "username" : null;
			if (field != null) {
				result.rejectValue(field, "taken", refusal.getMessage());
			}
			else {
				result.reject("refused", refusal.getMessage());
			}
			form.setPassword(null);
			return "applicant/signup";
		}
		catch (InvalidRequestException refusal) {
			FormErrors.show(refusal, result);
			form.setPassword(null);
			return "applicant/signup";
		}
		return "redirect:/connexion?inscrit";
	}

}
