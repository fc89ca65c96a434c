package fr.metropolerouen.guichetess.web;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidFileException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a service refuses: the service's French explanation on an error page with a way back.
 * Forms catch the refusals they expect themselves, to show them next to what the user typed ({@link FormErrors}).
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException refusal, HttpServletRequest request) {
		return refused(refusal.getMessage(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler({ InvalidRequestException.class, InvalidFileException.class })
	ModelAndView invalid(RuntimeException refusal, HttpServletRequest request) {
		return refused(refusal.getMessage(), HttpStatus.BAD_REQUEST, request);
	}

	/** The way back is the page the refused form was on, when it is one of ours. */
	private static ModelAndView refused(String frenchReason, HttpStatus status, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/refused", status);
		page.addObject("reason", frenchReason);
		String referer = request.getHeader("Referer");
		String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
		page.addObject("back", referer != null && referer.startsWith(origin) ? referer : "/");
		return page;
	}

}
