package fr.metropolerouen.guichetess.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void keepsAnOrdinaryFrenchName() {
		assertThat(FileNames.safe("Statuts signés 2025.pdf", FileFormat.PDF, "piece")).isEqualTo("Statuts signés 2025.pdf");
	}

	@Test
	void dropsAnyPath() {
		assertThat(FileNames.safe("../../etc/passwd.pdf", FileFormat.PDF, "piece")).isEqualTo("passwd.pdf");
		assertThat(FileNames.safe("C:\\Users\\marie\\Bureau\\kbis.pdf", FileFormat.PDF, "piece")).isEqualTo("kbis.pdf");
	}

	@Test
	void removesControlAndDirectionOverrideCharacters() {
		// "facture‮fdp.exe" is displayed as "factureexe.pdf" by a bidirectional renderer
		assertThat(FileNames.safe("facture\u202Efdp.exe", FileFormat.PDF, "piece")).isEqualTo("facturefdp.exe.pdf");
		assertThat(FileNames.safe("devis\r\nSet-Cookie: x=1.pdf", FileFormat.PDF, "piece"))
			.isEqualTo("devisSet-Cookie_ x=1.pdf");
		assertThat(FileNames.safe("plan\u200B\u0000.png", FileFormat.PNG, "piece")).isEqualTo("plan.png");
	}

	@Test
	void removesLeadingDotsAndCharactersWindowsRefuses() {
		assertThat(FileNames.safe(".htaccess", FileFormat.PDF, "piece")).isEqualTo("htaccess.pdf");
		assertThat(FileNames.safe("...pdf", FileFormat.PDF, "piece")).isEqualTo("pdf.pdf");
		assertThat(FileNames.safe("bail <v2>: \"final\"?.pdf", FileFormat.PDF, "piece")).isEqualTo("bail _v2__ _final__.pdf");
		assertThat(FileNames.safe("devis. . .", FileFormat.PDF, "piece")).isEqualTo("devis.pdf");
	}

	@Test
	void prefixesNamesWindowsReserves() {
		assertThat(FileNames.safe("CON.pdf", FileFormat.PDF, "piece")).isEqualTo("_CON.pdf");
		assertThat(FileNames.safe("lpt1", FileFormat.PNG, "piece")).isEqualTo("_lpt1.png");
		assertThat(FileNames.safe("CONTRAT.pdf", FileFormat.PDF, "piece")).isEqualTo("CONTRAT.pdf");
	}

	@Test
	void givesTheExtensionOfWhatTheContentIs() {
		assertThat(FileNames.safe("photo.pdf", FileFormat.JPEG, "piece")).isEqualTo("photo.pdf.jpg");
		assertThat(FileNames.safe("photo.JPEG", FileFormat.JPEG, "piece")).isEqualTo("photo.JPEG");
		assertThat(FileNames.safe("historique", FileFormat.CSV, "import")).isEqualTo("historique.csv");
	}

	@Test
	void fallsBackWhenNothingIsLeft() {
		assertThat(FileNames.safe(null, FileFormat.PDF, "piece")).isEqualTo("piece.pdf");
		assertThat(FileNames.safe("\u202E\u0007 ", FileFormat.PDF, "piece")).isEqualTo("piece.pdf");
		assertThat(FileNames.safe("dossier/", FileFormat.PDF, "piece")).isEqualTo("piece.pdf");
	}

	@Test
	void shortensLongNamesKeepingTheExtensionAndWholeCharacters() {
		String name = FileNames.safe("é".repeat(300) + "😀".repeat(100) + ".pdf", FileFormat.PDF, "piece");

		assertThat(name).endsWith(".pdf").startsWith("ééé");
		assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);

		String emoji = FileNames.safe("😀".repeat(200) + ".pdf", FileFormat.PDF, "piece");
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(emoji).isEqualTo("😀".repeat(FileNames.MAX_LENGTH - 4) + ".pdf");
	}

}
