package fr.metropolerouen.guichetess.web;

import java.io.IOException;

import fr.metropolerouen.guichetess.shared.upload.UploadLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A page's form whose files are over the size limits goes back to the page with the limits stated in French, like
 * any other refusal of a form. This has to happen before Spring Security: once the body is over the request limit,
 * the servlet container reads none of it, the form's CSRF token included, and the user would see "access denied";
 * past the security filters, the failure would reach no page controller and be answered as the API answers. The
 * API is left to its own handler (a 413 problem), Camunda's web applications to theirs.
 */
@Component
class OversizedUploads extends OncePerRequestFilter implements Ordered {

	private final UploadLimits limits;

	OversizedUploads(UploadLimits limits) {
		this.limits = limits;
	}

	@Override
	public int getOrder() {
		return SecurityProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// parses the parts now; the container keeps them for the controller
			new StandardMultipartHttpServletRequest(request);
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			FlashMap message = new FlashMap();
			message.put("flashError", limits.tooLargeMessage());
			new SessionFlashMapManager().saveOutputFlashMap(message, request, response);
			// back to the form's page; without a usable Referer, the form's own address shows the form
			response.sendRedirect(PageErrors.pageBefore(request, request.getRequestURI()));
			return;
		}
		catch (MultipartException malformed) {
			// not ours to answer: the controller's own error handling does, as without this filter
		}
		chain.doFilter(request, response);
	}

}
