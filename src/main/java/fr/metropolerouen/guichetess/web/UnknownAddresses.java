package fr.metropolerouen.guichetess.web;

import fr.metropolerouen.guichetess.shared.FrenchStatus;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: a French page for a browser, the API's problem document under {@code /api/}. (The
 * API's error handler serves every path; this one runs first for the addresses of no controller.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return FrenchStatus.problem(HttpStatus.NOT_FOUND);
		}
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

}
