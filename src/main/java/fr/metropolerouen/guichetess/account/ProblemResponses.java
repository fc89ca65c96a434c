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
			response.setHeader("WWW-Authenticate", "Basic realm=\"Guichet ESS\", charset=\"UTF-8\"");
			write(json, response, HttpStatus.UNAUTHORIZED);
		};
	}

	static AccessDeniedHandler forbidden(ObjectMapper json) {
		return (request, response, exception) -> write(json, response, HttpStatus.FORBIDDEN);
	}

	private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, FrenchStatus.detail(status));
		problem.setTitle(FrenchStatus.title(status));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
