package fr.metropolerouen.guichetess.web;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.ControlCharacters;
import fr.metropolerouen.guichetess.shared.FrenchStatus;
import fr.metropolerouen.guichetess.shared.InvalidFileException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a service refuses: the service's French explanation on an error page with a way back.
 * Forms catch the refusals they expect themselves, to show them next to what the user typed ({@link FormErrors}).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API's handler of problem documents, which serves every other path
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	/**
	 * A malformed identifier in the address is a page that does not exist; a text parameter can only fail for a
	 * control character in it (see {@code shared.ControlCharacters}): that is a refused input, said as such.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformedAddress(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
		if (mismatch.getRequiredType() == String.class) {
			return refused("Le champ « " + mismatch.getName() + " » " + ControlCharacters.MESSAGE + ".",
					HttpStatus.BAD_REQUEST, request);
		}
		return notFound();
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException refusal, HttpServletRequest request) {
		return refused(refusal.getMessage(), HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler({ InvalidRequestException.class, InvalidFileException.class })
	ModelAndView invalid(RuntimeException refusal, HttpServletRequest request) {
		return refused(refusal.getMessage(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden() {
		return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
	}

	/** The database cannot be reached: nothing was changed, the user may try again in a few minutes. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ModelAndView unavailable(Exception failure, HttpServletRequest request) {
		log.warn("Page {}: database unavailable: {}", request.getRequestURI(), failure.getMessage());
		return refused(FrenchStatus.detail(HttpStatus.SERVICE_UNAVAILABLE), HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	/** Anything else is our fault: logged with its cause, the user sees a French page without details. */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception failure, HttpServletRequest request) {
		log.error("Page {} failed", request.getRequestURI(), failure);
		return new ModelAndView("error", HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/** The way back is the page the refused form was on, when it is one of ours. */
	private static ModelAndView refused(String frenchReason, HttpStatus status, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/refused", status);
		page.addObject("reason", frenchReason);
		page.addObject("back", pageBefore(request, "/"));
		return page;
	}

	/** The page a form was sent from, when it is one of ours (never another site's), else {@code fallback}. */
	static String pageBefore(HttpServletRequest request, String fallback) {
		String referer = request.getHeader("Referer");
		String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
		return referer != null && referer.startsWith(origin) ? referer : fallback;
	}

}
