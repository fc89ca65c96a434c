package fr.metropolerouen.guichetess.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import fr.metropolerouen.guichetess.support.TestFiles;
import org.junit.jupiter.api.Test;

class FileKindTests {

	@Test
	void recognisesAPdfByItsSignature() {
		assertThat(FileKind.recognise(TestFiles.pdf())).contains(FileKind.PDF);
		assertThat(FileKind.recognise(ascii("%PDF-1.7\n%âãÏÓ\n"))).contains(FileKind.PDF);
		assertThat(FileKind.PDF.contentType()).isEqualTo("application/pdf");
	}

	@Test
	void recognisesAPngByItsSignature() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		assertThat(FileKind.recognise(png)).contains(FileKind.PNG);
		assertThat(FileKind.PNG.contentType()).isEqualTo("image/png");
	}

	@Test
	void recognisesAJpegByItsSignature() {
		byte[] jfif = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
		byte[] exif = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 16, 'E', 'x', 'i', 'f', 0 };

		assertThat(FileKind.recognise(jfif)).contains(FileKind.JPEG);
		assertThat(FileKind.recognise(exif)).contains(FileKind.JPEG);
		assertThat(FileKind.JPEG.contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void refusesPlainText() {
		assertThat(FileKind.recognise(ascii("Statuts de l'association, version signée."))).isEmpty();
	}

	@Test
	void refusesHtmlEvenWhenItMentionsPdf() {
		assertThat(FileKind.recognise(ascii("<!DOCTYPE html><html><body>%PDF-1.7</body></html>"))).isEmpty();
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(FileKind.recognise(new byte[0])).isEmpty();
	}

	@Test
	void refusesAFileShorterThanASignature() {
		assertThat(FileKind.recognise(ascii("%PDF"))).isEmpty();
		assertThat(FileKind.recognise(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEmpty();
		assertThat(FileKind.recognise(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
	}

	@Test
	void refusesASignatureThatDoesNotStartTheFile() {
		assertThat(FileKind.recognise(ascii(" %PDF-1.7"))).isEmpty();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
