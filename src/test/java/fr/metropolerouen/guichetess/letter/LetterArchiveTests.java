package fr.metropolerouen.guichetess.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import fr.metropolerouen.guichetess.support.PdfA;
import fr.metropolerouen.guichetess.support.Pdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every letter and the minutes are PDF/A-2b documents that an archive accepts (checked by veraPDF), described by
 * their metadata, with numbered pages.
 */
class LetterArchiveTests {

	private final LetterRenderer renderer = new LetterRenderer(LetterRendererTests.properties(null));

	@ParameterizedTest
	@EnumSource(LetterKind.class)
	void everyLetterIsAValidPdfA2b(LetterKind kind) {
		byte[] pdf = renderer.render(kind.template(), LetterRendererTests.model(kind));

		assertThat(PdfA.violationsOfPdfA2b(pdf)).as(kind + ": broken PDF/A-2b rules").isEmpty();
	}

	@Test
	void theMinutesAreAValidPdfA2b() {
		byte[] pdf = minutes();

		assertThat(PdfA.violationsOfPdfA2b(pdf)).as("minutes: broken PDF/A-2b rules").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(LetterKind.class)
	void everyLetterNamesItsTitleAuthorSubjectLanguageAndColourProfile(LetterKind kind) throws Exception {
		try (PDDocument document = Loader
			.loadPDF(renderer.render(kind.template(), LetterRendererTests.model(kind)))) {
			PDDocumentInformation information = document.getDocumentInformation();
			assertThat(information.getTitle()).isEqualTo(kind.frenchLabel());
			assertThat(information.getAuthor()).isEqualTo("Métropole Rouen Normandie");
			assertThat(information.getSubject()).isEqualTo(kind.frenchLabel() + " – dossier DIE-2026-0007");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");

			XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
			assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
			assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(kind.frenchLabel());
			assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Métropole Rouen Normandie");

			List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
			assertThat(intents).singleElement()
				.satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
		}
	}

	@Test
	void theMinutesNameTheirTitleWithoutADossier() throws IOException {
		try (PDDocument document = Loader.loadPDF(minutes())) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Procès-verbal");
			assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Procès-verbal");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
		}
	}

	/** « Page 2 sur 3 » at the foot of every page, the count included: a page missing from an archive shows. */
	@ParameterizedTest
	@EnumSource(LetterKind.class)
	void everyPageSaysItsNumberAndHowManyThereAre(LetterKind kind) throws IOException {
		assertPagesNumbered(renderer.render(kind.template(), LetterRendererTests.model(kind)));
	}

	@Test
	void theAgreementRunsOverSeveralNumberedPagesAndSoDoTheMinutes() throws IOException {
		byte[] agreement = renderer.render(LetterKind.GRANT_AGREEMENT.template(),
				LetterRendererTests.model(LetterKind.GRANT_AGREEMENT));

		assertThat(assertPagesNumbered(agreement)).isGreaterThan(1);
		assertPagesNumbered(minutes());
	}

	/** The check is no rubber stamp: an ordinary PDF (no XMP metadata, a font not embedded) is refused. */
	@Test
	void anOrdinaryPdfIsRefused() throws IOException {
		byte[] ordinary;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.showText("Courrier");
				content.endText();
			}
			document.save(out);
			ordinary = out.toByteArray();
		}

		assertThat(PdfA.violationsOfPdfA2b(ordinary)).isNotEmpty()
			.anySatisfy(violation -> assertThat(violation).startsWith("6.6.2.1-"))
			.anySatisfy(violation -> assertThat(violation).startsWith("6.2.11.4.1-"));
	}

	/** Checks the foot of each page and returns the number of pages. */
	private static int assertPagesNumbered(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			for (int page = 1; page <= pages; page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(Pdfs.plainSpaces(stripper.getText(document))).as("page " + page)
					.contains("Page " + page + " sur " + pages);
			}
			return pages;
		}
	}

	private byte[] minutes() {
		PdfDocuments documents = new PdfDocuments(renderer, LetterRendererTests.properties(null));
		return documents.committeeMinutes(LetterRendererTests.minutesModel());
	}

}
