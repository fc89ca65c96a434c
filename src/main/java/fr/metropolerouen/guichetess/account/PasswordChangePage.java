package fr.metropolerouen.guichetess.account;

import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every logged-in user changes their own password here (the service of PUT /api/accounts/me/password). */
@PageController
class PasswordChangePage {

	static final String PATH = "/compte/mot-de-passe";

	private final Accounts accounts;

	private final CurrentActor currentActor;

	PasswordChangePage(Accounts accounts, CurrentActor currentActor) {
		this.accounts = accounts;
		this.currentActor = currentActor;
	}

	@GetMapping(PATH)
	String form(@ModelAttribute("form") PasswordChangeForm form) {
		return "account/password";
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.changePassword(currentActor.get().username(), form.getCurrentPassword(),
						form.getNewPassword());
				redirect.addFlashAttribute("flashSuccess", "account.password.changed");
				return "redirect:" + PATH;
			}
			catch (InvalidRequestException refusal) {
				FormErrors.show(refusal, result);
			}
		}
		// passwords are never sent back to the browser
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		return "account/password";
	}

	/** The current password and the new one; the policy's rules are checked by {@link Accounts}. */
	public static class PasswordChangeForm {

		@NotBlank(message = "est obligatoire")
		@Size(max = PasswordPolicy.MAX_LENGTH, message = "est trop long")
		private String currentPassword;

		@NotBlank(message = "est obligatoire")
		@Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH,
				message = "doit compter entre 12 et 128 caractères")
		private String newPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

	}

}
