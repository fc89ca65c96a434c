package fr.metropolerouen.guichetess.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Plain-text mail templates from {@code templates/mail}: the first line is the subject (after « Objet : »), the
 * rest the body.
 */
@Component
class MailTemplates {

	private static final String SUBJECT_PREFIX = "Objet :";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		engine.setTemplateResolver(resolver);
	}

	ComposedMail compose(String template, Map<String, Object> model) {
		// a template saved by a Windows editor may start with a byte-order mark
		String text = engine.process(template, new Context(FrenchFormat.FRENCH, model)).replace("\uFEFF", "");
		int endOfSubject = text.indexOf('\n');
		String firstLine = (endOfSubject < 0 ? text : text.substring(0, endOfSubject)).strip();
		if (!firstLine.startsWith(SUBJECT_PREFIX) || endOfSubject < 0) {
			throw new IllegalStateException(
					"Mail template " + template + " must start with « Objet : » followed by the body");
		}
		return new ComposedMail(oneLine(firstLine.substring(SUBJECT_PREFIX.length())),
				text.substring(endOfSubject + 1).strip() + "\n");
	}

	/**
	 * A subject is one header line: a carriage return or another control character brought in by a value would
	 * let it add headers of its own (Bcc…), so each run of them becomes one space.
	 */
	private static String oneLine(String subject) {
		return subject.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
	}

	record ComposedMail(String subject, String body) {
	}

}
