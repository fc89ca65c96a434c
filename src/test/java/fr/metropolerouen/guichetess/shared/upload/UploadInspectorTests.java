package fr.metropolerouen.guichetess.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.support.HostileFiles;
import fr.metropolerouen.guichetess.support.TestFiles;
import org.junit.jupiter.api.Test;

class UploadInspectorTests {

	private final UploadInspector inspector = new UploadInspector();

	@Test
	void acceptsAPdfAJpegAndAPngAsSupportingDocuments() {
		assertThat(inspector.inspect("file", TestFiles.pdf(), FileFormat.DOCUMENTS)).isEqualTo(FileFormat.PDF);
		assertThat(inspector.inspect("file", HostileFiles.jpeg(), FileFormat.DOCUMENTS)).isEqualTo(FileFormat.JPEG);
		assertThat(inspector.inspect("file", HostileFiles.png(), FileFormat.DOCUMENTS)).isEqualTo(FileFormat.PNG);
	}

	@Test
	void acceptsASemicolonSeparatedTextTableAsCsv() {
		byte[] csv = "dispositif;annee;siret\nLOCATION_ESS;2025;12345678901234\n".getBytes(StandardCharsets.UTF_8);

		assertThat(inspector.inspect("file", csv, List.of(FileFormat.CSV))).isEqualTo(FileFormat.CSV);
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(new byte[0], FileFormat.DOCUMENTS, "est vide");
	}

	@Test
	void refusesExecutablesWhateverTheirName() {
		assertRefused(HostileFiles.windowsExecutable(), FileFormat.DOCUMENTS, "programme exécutable");
		assertRefused(HostileFiles.linuxExecutable(), FileFormat.DOCUMENTS, "programme exécutable");
	}

	@Test
	void refusesAnArchiveBombWithoutInflatingIt() {
		assertRefused(HostileFiles.zipBomb(), FileFormat.DOCUMENTS, "archive compressée");
		assertRefused(HostileFiles.zipBomb(), List.of(FileFormat.CSV), "archive compressée");
	}

	@Test
	void refusesPlainTextAndHtmlAsSupportingDocuments() {
		assertRefused(ascii("Statuts de l'association, version signée."), FileFormat.DOCUMENTS,
				"doit être un fichier PDF, JPEG ou PNG (contenu reconnu : text/plain)");
		assertRefused(ascii("<!DOCTYPE html><html><body>%PDF-1.7</body></html>"), FileFormat.DOCUMENTS,
				"(contenu reconnu : text/html)");
	}

	@Test
	void refusesAPdfAsAnImport() {
		assertRefused(TestFiles.pdf(), List.of(FileFormat.CSV), "doit être un fichier CSV");
	}

	@Test
	void refusesPolyglotsCarryingAZipArchive() {
		assertRefused(HostileFiles.jpegWithZipAppended(), FileFormat.DOCUMENTS, "archive ZIP cachée");
		assertRefused(HostileFiles.pdfWithZipAppended(), FileFormat.DOCUMENTS, "archive ZIP cachée");
	}

	@Test
	void refusesAnImageCarryingAnHtmlPage() {
		assertRefused(HostileFiles.jpegWithHtmlPayload(), FileFormat.DOCUMENTS, "code web");
	}

	@Test
	void refusesBytesAppendedAfterTheEndOfAPdfOrAnImage() {
		byte[] trailer = ascii("\n#!/bin/sh\nrm -rf ~\n");

		assertRefused(HostileFiles.concat(TestFiles.pdf(), trailer), FileFormat.DOCUMENTS, "après la fin du PDF");
		assertRefused(HostileFiles.concat(HostileFiles.png(), trailer), FileFormat.DOCUMENTS, "après la fin de l'image");
		assertRefused(HostileFiles.concat(HostileFiles.jpeg(), trailer), FileFormat.DOCUMENTS, "après la fin de l'image");
	}

	@Test
	void refusesActivePdfs() {
		assertRefused(HostileFiles.pdfWithJavaScript(), FileFormat.DOCUMENTS, "JavaScript");
		assertRefused(HostileFiles.pdfWithLaunchAction(), FileFormat.DOCUMENTS, "lançant un programme");
		assertRefused(HostileFiles.pdfWithEmbeddedFile(), FileFormat.DOCUMENTS, "fichiers incorporés");
	}

	@Test
	void refusesAnEncryptedPdf() {
		assertRefused(HostileFiles.encryptedPdf(), FileFormat.DOCUMENTS, "protégé par un mot de passe");
	}

	@Test
	void refusesAPdfThatDoesNotParse() {
		assertRefused(ascii("%PDF-1.7\nce n'est pas un PDF\n%%EOF\n"), FileFormat.DOCUMENTS, "illisible");
	}

	@Test
	void refusesAPdfWhoseHeaderDoesNotStartTheFile() {
		assertRefused(HostileFiles.concat(ascii(" "), TestFiles.pdf()), FileFormat.DOCUMENTS, "en-tête d'un PDF");
	}

	@Test
	void refusesAnImageAnnouncingHugeDimensionsBeforeDecodingIt() {
		assertRefused(HostileFiles.pngBomb(), FileFormat.DOCUMENTS, "100000 × 100000 pixels");
	}

	@Test
	void refusesATruncatedImage() {
		byte[] png = HostileFiles.png();
		byte[] headerOnly = new byte[40];
		System.arraycopy(png, 0, headerOnly, 0, headerOnly.length);

		assertRefused(HostileFiles.concat(headerOnly, new byte[] { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60,
				(byte) 0x82 }), FileFormat.DOCUMENTS, "illisible");
	}

	private void assertRefused(byte[] content, Collection<FileFormat> allowed, String reason) {
		InvalidRequestException refusal = catchThrowableOfType(InvalidRequestException.class,
				() -> inspector.inspect("file", content, allowed));

		assertThat(refusal).as("refused").isNotNull();
		assertThat(refusal.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("file");
			assertThat(error.message()).contains(reason);
		});
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
