package fr.metropolerouen.guichetess.letter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
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
 * <p>
 * Every document is a PDF/A-2b, fit for archiving: fonts embedded, colours tied to the sRGB profile (the JDK's own,
 * declared as the output intent), XMP metadata written by the renderer from the template's {@code <title>} and its
 * {@code author} and {@code subject} meta tags (see {@code fragments.html}), language French.
 */
@Component
class LetterRenderer {

	private static final String FONT_FAMILY = "DejaVu Sans";

	/** The catalogue's language, whatever a template's {@code lang} says: every letter is French. */
	static final String LANGUAGE = "fr-FR";

	private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
			// edited templates are picked up without a restart, within guichet.letters.template-refresh
			long refresh = properties.refresh().toMillis();
			overrides.setCacheable(refresh > 0);
			overrides.setCacheTTLMs(refresh);
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
			// no useFastMode(): since openhtmltopdf 1.0.11 the fast renderer is the only one, PDF/A included
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
			builder.useColorProfile(SRGB_PROFILE);
			builder.useFont(() -> LetterRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> LetterRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY,
					700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.setListener(new FrenchLanguage());
				renderer.createPDF();
			}
			return pdf.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render letter " + template, e);
		}
	}

	/** Sets the language once the renderer has written the catalogue (from {@code <html lang>}), before saving. */
	private static final class FrenchLanguage implements PDFCreationListener {

		@Override
		public void preOpen(PdfBoxRenderer renderer) {
		}

		@Override
		public void preWrite(PdfBoxRenderer renderer, int pageCount) {
		}

		@Override
		public void onClose(PdfBoxRenderer renderer) {
			renderer.getPdfDocument().getDocumentCatalog().setLanguage(LANGUAGE);
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
