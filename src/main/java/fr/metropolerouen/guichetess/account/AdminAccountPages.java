package fr.metropolerouen.guichetess.account;

import java.util.List;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.web.FormErrors;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' first page: every account with its role, and the form that opens a staff account (the same
 * service and rules as {@code POST /api/admin/accounts}).
 */
@PageController
class AdminAccountPages {

	static final List<Role> STAFF_ROLES = List.of(Role.OFFICER, Role.COMMITTEE, Role.FINANCE, Role.ADMIN);

	private final Accounts accounts;

	AdminAccountPages(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin")
	String users(Model model) {
		model.addAttribute("form", new StaffAccountForm());
		return page(model);
	}

	@PostMapping("/admin/comptes")
	String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getRole() != null && !STAFF_ROLES.contains(form.getRole())) {
			result.rejectValue("role", "staff", "doit être un rôle d'agent de la Métropole");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			accounts.create(form.getUsername().strip(), form.getPassword(), form.getEmail().strip(), form.getRole(),
					null);
		}
		catch (ConflictException refusal) {
			result.rejectValue("username", "taken", "est déjà utilisé par un autre compte");
			return page(model);
		}
		catch (InvalidRequestException refusal) {
			FormErrors.show(refusal, result);
			return page(model);
		}
		redirect.addFlashAttribute("flashSuccess", "admin.users.created");
		return "redirect:/admin";
	}

	private String page(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("roles", STAFF_ROLES);
		return "admin/users";
	}

	/** A staff account to open; the rules are the API's. */
	public static class StaffAccountForm {

		@NotBlank(message = "est obligatoire")
		@Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}",
				message = "doit compter 3 à 40 caractères : minuscules, chiffres, point, tiret")
		private String username;

		@NotBlank(message = "est obligatoire")
		@Size(min = 12, max = 128, message = "doit compter entre 12 et 128 caractères")
		private String password;

		@NotBlank(message = "est obligatoire")
		@Email(message = "n'est pas une adresse électronique valide")
		private String email;

		@NotNull(message = "est obligatoire")
		private Role role;

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

	}

}
