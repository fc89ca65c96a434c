package fr.metropolerouen.guichetess.account;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of the API, for requests no module declared. An endpoint of ours that exists but has no rule is
 * refused to everyone: a forgotten rule fails closed. An address or a method that does not exist is let through for
 * a signed-in user, so that the API answers what is true, 404 or 405, as it always has.
 */
final class UndeclaredEndpoints implements AuthorizationManager<RequestAuthorizationContext> {

	private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final HandlerMapping controllers;

	UndeclaredEndpoints(HandlerMapping controllers) {
		this.controllers = controllers;
	}

	@Override
	public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
		Authentication caller = authentication.get();
		boolean signedIn = caller != null && caller.isAuthenticated() && !trust.isAnonymous(caller);
		return new AuthorizationDecision(signedIn && !isOurEndpoint(context.getRequest()));
	}

	private boolean isOurEndpoint(HttpServletRequest request) {
		Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			return controllers.getHandler(request) != null;
		}
		catch (HttpRequestMethodNotSupportedException e) {
			return false;
		}
		catch (Exception e) {
			// a mapped address that refuses this request for another reason: still one of ours
			return true;
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
		}
	}

}
