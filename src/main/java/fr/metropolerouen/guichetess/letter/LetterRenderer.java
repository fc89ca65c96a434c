package fr.metropolerouen.guichetess.letter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

	private static final byte[] REGULAR = font("DejaVuSans.ttf");

	private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

	private static final ClassLoader WITHOUT_XML_PROVIDERS = new WithoutXmlProviders(
			LetterRenderer.class.getClassLoader());

	static {
		// the renderer logs to the console on its own by default: send it to the application's logs instead
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	private final SpringTemplateEngine templates;

	private final Queue<DejaVuSans> parsedFonts = new ConcurrentLinkedQueue<>();

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
		DejaVuSans fonts = borrowFonts();
		Thread thread = Thread.currentThread();
		ClassLoader contextLoader = thread.getContextClassLoader();
		thread.setContextClassLoader(WITHOUT_XML_PROVIDERS);
		PDDocument document = new PDDocument();
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			// no useFastMode(): since openhtmltopdf 1.0.11 the fast renderer is the only one, PDF/A included
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
			builder.useColorProfile(SRGB_PROFILE);
			// fonts parsed once (borrowed), embedded as subsets of the glyphs this document uses
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)), FONT_FAMILY, 700,
					FontStyle.NORMAL, true);
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
		finally {
			closeQuietly(document);
			thread.setContextClassLoader(contextLoader);
			parsedFonts.offer(fonts);
		}
	}

	/**
	 * A parsed font is not safe for two threads at once (its tables are read lazily, its glyphs cached): each
	 * rendering borrows a pair for itself, and the pool grows to the number of letters rendered at the same time.
	 */
	private DejaVuSans borrowFonts() {
		DejaVuSans fonts = parsedFonts.poll();
		if (fonts != null) {
			return fonts;
		}
		try {
			return new DejaVuSans(new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
					new TTFParser().parse(new RandomAccessReadBuffer(BOLD)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the DejaVu Sans fonts", e);
		}
	}

	private static byte[] font(String name) {
		try (InputStream font = LetterRenderer.class.getResourceAsStream("/fonts/" + name)) {
			if (font == null) {
				throw new IllegalStateException("Font missing from the classpath: " + name);
			}
			return font.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read font " + name, e);
		}
	}

	private static void closeQuietly(PDDocument document) {
		try {
			document.close(); // the renderer closes it already; a second close does nothing
		}
		catch (IOException e) {
			// nothing was written to a file: an in-memory document that cannot close leaves nothing behind
		}
	}

	private record DejaVuSans(TrueTypeFont regular, TrueTypeFont bold) {
	}

	/**
	 * For every document, openhtmltopdf asks JAXP for a new SAX parser factory (reading the XHTML) and xmpbox for a new
	 * {@code DocumentBuilderFactory} and {@code TransformerFactory} (writing the PDF/A metadata); each time JAXP looks
	 * for a provider in every jar of the classpath ({@code META-INF/services}), verifying signed jars on the way: a
	 * third of a letter's time. During a rendering the thread's context class loader hides those service files, so
	 * JAXP takes the JDK's own implementations at once, the ones it ends up with anyway as the application ships no
	 * other (Saxon, a {@code TransformerFactory}, comes with the tests' veraPDF only). Everything else is left to the
	 * usual loader.
	 */
	private static final class WithoutXmlProviders extends ClassLoader {

		WithoutXmlProviders(ClassLoader parent) {
			super(parent);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
		}

		@Override
		public URL getResource(String name) {
			return hidden(name) ? null : super.getResource(name);
		}

		private static boolean hidden(String name) {
			return name.startsWith("META-INF/services/javax.xml.parsers.")
					|| name.startsWith("META-INF/services/javax.xml.transform.");
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
