package fr.metropolerouen.guichetess.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting now: the authenticated user of the current request, or {@link Actor#SYSTEM} when the process engine
 * runs a step on its own (timers, asynchronous steps).
 */
@Component
public class CurrentActor {

	public Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount principal) {
			return principal.actor();
		}
		return Actor.SYSTEM;
	}

}
