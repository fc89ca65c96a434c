package fr.metropolerouen.guichetess.account;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The response headers of the pages and of the API alike. On top of Spring Security's defaults (nosniff,
 * {@code Cache-Control: no-store} unless a controller says otherwise, and HSTS on requests that came over TLS, the
 * reverse proxy's {@code X-Forwarded-Proto: https} included): the Content-Security-Policy, frames refused, the
 * referrer kept on this site and the browser features the service never uses switched off.
 */
final class SecurityHeaders {

	/** Scripts from this server only: no inline script anywhere (pages, Swagger UI). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			// bpmn-js writes style attributes on the diagram's SVG elements
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

}
