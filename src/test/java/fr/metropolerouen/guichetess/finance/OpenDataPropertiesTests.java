package fr.metropolerouen.guichetess.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.junit.jupiter.api.Test;

/** The configured identity of the granting authority in the open-data export. */
class OpenDataPropertiesTests {

	private static final String AUTHORITY = "Métropole Rouen Normandie";

	private static final String NATURE = "aide en numéraire";

	@Test
	void aBlankSiretMeansNotConfiguredYet() {
		assertThat(new OpenDataProperties(AUTHORITY, "   ", NATURE, null).authoritySiret()).isNull();
		assertThat(new OpenDataProperties(AUTHORITY, "", NATURE, null).authoritySiret()).isNull();
		assertThat(new OpenDataProperties(AUTHORITY, null, NATURE, null).authoritySiret()).isNull();
	}

	@Test
	void aValidSiretIsKeptWithoutSurroundingSpaces() {
		assertThat(new OpenDataProperties(AUTHORITY, " 73282932000074 ", NATURE, null).authoritySiret())
			.isEqualTo("73282932000074");
	}

	@Test
	void aSiretWithAWrongKeyIsRefusedNamingTheProperty() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OpenDataProperties(AUTHORITY, "73282932000075", NATURE, null))
			.withMessageContaining("guichet.open-data.authority-siret")
			.withMessageContaining("73282932000075");
	}

	@Test
	void aRaeIdOfSixCharactersIsRefusedNamingTheScheme() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OpenDataProperties(AUTHORITY, null, NATURE,
					Map.of(AidScheme.LOCATION_ESS, "123456")))
			.withMessageContaining("guichet.open-data.rae-ids.LOCATION_ESS");
	}

	@Test
	void raeIdsOfFiveCharactersAreKept() {
		OpenDataProperties properties = new OpenDataProperties(AUTHORITY, null, NATURE,
				Map.of(AidScheme.IMMOBILIER_ESS, "12345", AidScheme.LOCATION_ESS, "678"));

		assertThat(properties.raeIds()).containsOnly(Map.entry(AidScheme.IMMOBILIER_ESS, "12345"),
				Map.entry(AidScheme.LOCATION_ESS, "678"));
	}

	@Test
	void noRaeIdsMeansAnEmptyMap() {
		assertThat(new OpenDataProperties(AUTHORITY, null, NATURE, null).raeIds()).isEmpty();
	}

}
