package fr.metropolerouen.guichetess.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders a letter template (well-formed XHTML with Thymeleaf attributes) to PDF with openhtmltopdf, which draws
 * on Apache PDFBox. The DejaVu Sans font is embedded: without a registered font the renderer would silently drop
 * the text, and the French spaces and the euro sign need it.
 */
@Component
class LetterRenderer {

	private static final String FONT_FAMILY = "DejaVu Sans";

	static {
		// the renderer logs to the console on its own by default: send it to the application's logs instead
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	private final SpringTemplateEngine templates;

	LetterRenderer(LetterProperties properties) {
		this.templates = new SpringTemplateEngine();
		int order = 1;
		if (properties.templateDirectory() != null && Files.isDirectory(properties.templateDirectory())) {
			FileTemplateResolver overrides = new FileTemplateResolver();
			overrides.setPrefix(properties.templateDirectory().toAbsolutePath() + "/");
			configure(overrides, order++);
			overrides.setCheckExistence(true);
			// edited templates are picked up within a minute, without a restart
			overrides.setCacheTTLMs(60_000L);
			templates.addTemplateResolver(overrides);
		}
		ClassLoaderTemplateResolver packaged = new ClassLoaderTemplateResolver();
		packaged.setPrefix("templates/letters/");
		configure(packaged, order);
		templates.addTemplateResolver(packaged);
	}

	byte[] render(String template, Map<String, Object> model) {
		String xhtml = templates.process(template, new Context(FrenchFormat.FRENCH, model));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> LetterRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> LetterRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY,
					700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render letter " + template, e);
		}
	}

	private static void configure(AbstractConfigurableTemplateResolver resolver, int order) {
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		resolver.setOrder(order);
	}

}
