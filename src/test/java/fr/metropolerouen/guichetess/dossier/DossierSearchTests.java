package fr.metropolerouen.guichetess.dossier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a dossier is found by: its words folded as people type them, without accents or capitals. */
class DossierSearchTests {

	@Test
	void wordsAreFoldedWithoutAccentsCapitalsOrPunctuation() {
		assertThat(DossierSearch.words("Rénovation de l'Œuvre « Café-Théâtre » ESS-2026-00012"))
			.containsExactly("renovation", "de", "l", "oeuvre", "cafe", "theatre", "ess", "2026", "00012");
	}

	@Test
	void theTermsOfADossierAreDistinctAcrossItsTexts() {
		assertThat(DossierSearch.terms("IMMO-2026-00001", "Les Ateliers Solidaires", null, "Atelier solidaire"))
			.containsExactly("immo", "2026", "00001", "les", "ateliers", "solidaires", "atelier", "solidaire");
	}

	@Test
	void aVeryLongWordIsCutToTheColumnSize() {
		assertThat(DossierSearch.words("a".repeat(100))).containsExactly("a".repeat(DossierSearch.MAX_WORD));
	}

	@Test
	void aQueryWithoutLettersOrDigitsHasNoWord() {
		assertThat(DossierSearch.words(" -- « » ")).isEmpty();
		assertThat(DossierSearch.words(null)).isEmpty();
	}

}
