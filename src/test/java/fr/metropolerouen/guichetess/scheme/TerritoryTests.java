package fr.metropolerouen.guichetess.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TerritoryTests {

	private final Territory territory = new Territory();

	@Test
	void theMetropoleHas71Communes() {
		assertThat(territory.size()).isEqualTo(71);
	}

	@Test
	void everyLineOfTheSourceFileIsADistinctCommune() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("src/main/resources/reference/communes-metropole-rouen.csv"),
				StandardCharsets.UTF_8);

		assertThat(lines.get(0)).isEqualTo("insee_code,name,postal_code");
		List<String> codes = lines.stream()
			.skip(1)
			.filter(line -> !line.isBlank())
			.map(line -> line.split(",")[0])
			.toList();
		assertThat(codes).hasSize(71).doesNotHaveDuplicates().allMatch(code -> code.matches("76\\d{3}"));
		assertThat(codes).allMatch(territory::contains);
	}

	@Test
	void rouenAndElbeufAreInTheMetropole() {
		assertThat(territory.contains("76540")).isTrue();
		assertThat(territory.contains("76231")).isTrue();
		assertThat(territory.communeName("76540")).contains("Rouen");
		assertThat(territory.communeName("76231")).contains("Elbeuf");
	}

	@Test
	void leHavreIsNotInTheMetropole() {
		assertThat(territory.contains("76351")).isFalse();
		assertThat(territory.communeName("76351")).isEmpty();
	}

	@Test
	void aPostalCodeIsNotAnInseeCode() {
		// Rouen's postal code 76000 is not the INSEE code of any commune
		assertThat(territory.contains("76000")).isFalse();
	}

	@Test
	void aMissingCommuneIsNotInTheMetropole() {
		assertThat(territory.contains(null)).isFalse();
	}

}
