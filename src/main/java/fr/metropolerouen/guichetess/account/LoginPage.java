package fr.metropolerouen.guichetess.account;

import java.util.regex.Pattern;

import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page: the form, why the last attempt failed, and the OpenID Connect providers configured, if any. */
@PageController
class LoginPage {

	/** The wait shown comes from our own redirect; anything else in the address is not repeated on the page. */
	private static final Pattern MINUTES = Pattern.compile("\\d{1,4}");

	private final OidcLogin.OidcProviders oidcProviders;

	LoginPage(OidcLogin.OidcProviders oidcProviders) {
		this.oidcProviders = oidcProviders;
	}

	@GetMapping("/connexion")
	String login(@RequestParam(name = "bloque", required = false) String throttledMinutes, Model model) {
		model.addAttribute("oidcProviders", oidcProviders.all());
		if (throttledMinutes != null && MINUTES.matcher(throttledMinutes).matches()) {
			model.addAttribute("throttledMinutes", Integer.parseInt(throttledMinutes));
		}
		return "login";
	}

}
