package fr.metropolerouen.guichetess.shared;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat refuses some requests before Spring sees them (an encoded NUL or an invalid escape in the path) and answered
 * them with its own English HTML page. Its error report then becomes a French problem for the API, like every other
 * refusal; the web application's pages keep Tomcat's report, which shows no detail.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

	/** Tomcat's error report, as an RFC 9457 problem for the paths of the API. */
	public static class ProblemReportValve extends ErrorReportValve {

		private static final ObjectMapper JSON = new ObjectMapper();

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			String uri = request.getRequestURI();
			HttpStatus status = HttpStatus.resolve(response.getStatus());
			if (uri == null || !uri.startsWith("/api/") || status == null || !status.isError()
					|| response.isCommitted() || response.getContentWritten() > 0) {
				super.report(request, response, throwable);
				return;
			}
			ProblemDetail problem = FrenchStatus.problem(status);
			try {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(JSON.writeValueAsString(problem));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client went away: nothing more to tell it
			}
		}

	}

}
