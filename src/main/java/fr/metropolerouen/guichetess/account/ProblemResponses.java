package fr.metropolerouen.guichetess.account;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.metropolerouen.guichetess.shared.FrenchStatus;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** 401 and 403 raised by the security filters, written as problem+json like every other API error. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
		return (request, response, exception) -> {
			if (exception instanceof InternalAuthenticationServiceException) {
				// the accounts could not be read (database unreachable): the credentials were not judged
				response.setHeader("Retry-After", "30");
				write(json, response, HttpStatus.SERVICE_UNAVAILABLE);
				return;
			}
			if (exception instanceof LoginThrottledException throttled) {
				response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds() + 1));
				write(json, response, tooManyLogins(throttled));
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"Guichet ESS\", charset=\"UTF-8\"");
			write(json, response, HttpStatus.UNAUTHORIZED);
		};
	}

	static AccessDeniedHandler forbidden(ObjectMapper json) {
		return (request, response, exception) -> write(json, response, HttpStatus.FORBIDDEN);
	}

	/**
	 * A request that the security firewall refuses before any controller (a path with {@code /./}, {@code //}, an
	 * encoded slash or a NUL): a 400 problem for the API, the usual error page for the web application.
	 */
	static RequestRejectedHandler rejected(ObjectMapper json) {
		RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
		return (request, response, exception) -> {
			if (!request.getRequestURI().startsWith("/api/")) {
				pages.handle(request, response, exception);
				return;
			}
			write(json, response, FrenchStatus.problem(HttpStatus.BAD_REQUEST,
					"L'adresse demandée contient des caractères ou des segments qui ne sont pas admis."));
		};
	}

	/** The same words as the login page's, and no hint whether the user name exists. */
	private static ProblemDetail tooManyLogins(LoginThrottledException throttled) {
		return FrenchStatus.problem(HttpStatus.TOO_MANY_REQUESTS, "Trop de tentatives de connexion : réessayez dans "
				+ throttled.minutes() + (throttled.minutes() > 1 ? " minutes." : " minute."));
	}

	private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status) throws IOException {
		write(json, response, FrenchStatus.problem(status));
	}

	private static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
