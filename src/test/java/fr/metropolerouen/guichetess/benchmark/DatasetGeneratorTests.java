package fr.metropolerouen.guichetess.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.shared.Siret;
import org.junit.jupiter.api.Test;

/** The generator's pure parts: what it invents must pass the application's own checks. */
class DatasetGeneratorTests {

	@Test
	void generatedSiretsAreValidAndDistinct() {
		assertThat(LongStream.range(1_000_000, 1_040_000).mapToObj(DatasetGenerator::siret))
			.allMatch(Siret::isValid)
			.doesNotHaveDuplicates();
	}

	@Test
	void everyStatusOccursAndOlderYearsAreNearlyAllEnded() {
		Set<DossierStatus> seen = EnumSet.noneOf(DossierStatus.class);
		IntStream.rangeClosed(0, 4).forEach(yearsAgo -> seen.addAll(DatasetGenerator.statusMix(yearsAgo).keySet()));
		assertThat(seen).containsExactlyInAnyOrder(DossierStatus.values());
		for (int yearsAgo = 1; yearsAgo <= 4; yearsAgo++) {
			var mix = DatasetGenerator.statusMix(yearsAgo);
			double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
			double inFlight = mix.entrySet()
				.stream()
				.filter(e -> EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.AWAITING_DOCUMENTS,
						DossierStatus.UNDER_REVIEW, DossierStatus.AWAITING_COMMITTEE).contains(e.getKey()))
				.mapToDouble(e -> e.getValue())
				.sum();
			assertThat(inFlight / total).isZero();
			assertThat(mix.getOrDefault(DossierStatus.GRANTED, 0.0) / total).isLessThan(0.1);
		}
	}

}
