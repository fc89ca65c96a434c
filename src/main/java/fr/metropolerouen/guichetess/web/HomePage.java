package fr.metropolerouen.guichetess.web;

import java.util.Map;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: the public welcome page, and after login each user's own area (the login page: account/LoginPage). */
@PageController
class HomePage {

	/** Each role's first page, by its Spring Security authority. */
	private static final Map<String, String> AREA_BY_ROLE = Map.of("ROLE_APPLICANT", "/espace", "ROLE_OFFICER",
			"/instruction", "ROLE_COMMITTEE", "/bureau", "ROLE_FINANCE", "/finances", "ROLE_ADMIN", "/admin");

	@GetMapping("/")
	String home(Authentication user) {
		if (user == null || user instanceof AnonymousAuthenticationToken) {
			return "home";
		}
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(AREA_BY_ROLE::containsKey)
			.findFirst()
			.map(role -> "redirect:" + AREA_BY_ROLE.get(role))
			.orElse("home");
	}

}
