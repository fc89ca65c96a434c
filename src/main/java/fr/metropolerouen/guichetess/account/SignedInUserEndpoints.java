package fr.metropolerouen.guichetess.account;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Endpoints of a module that every signed-in user may call, whatever the role; which organisation's data each one sees
 * is checked by the services. They are declared after every module's {@link ApiAccessRules}, so that another module's
 * role rule on a narrower path still applies (a letter's preview is for officers; the letters themselves for whoever
 * sees the dossier). An API endpoint declared neither here nor in an {@code ApiAccessRules} is refused to everyone.
 */
public record SignedInUserEndpoints(HttpMethod method, List<String> paths) {

	public static SignedInUserEndpoints of(HttpMethod method, String... paths) {
		return new SignedInUserEndpoints(method, List.of(paths));
	}

}
