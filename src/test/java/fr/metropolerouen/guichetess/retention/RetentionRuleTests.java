package fr.metropolerouen.guichetess.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.metropolerouen.guichetess.dossier.DossierStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionRuleTests {

	private static final Clock NIGHT_OF_A_PURGE = Clock.fixed(Instant.parse("2036-03-01T01:30:00Z"), ZoneOffset.UTC);

	@Test
	void onlyEndedDossiersWithNoMoneyLeftToTrackAreEverDue() {
		Set<DossierStatus> stillOpen = EnumSet.of(DossierStatus.DRAFT, DossierStatus.SUBMITTED,
				DossierStatus.AWAITING_DOCUMENTS, DossierStatus.UNDER_REVIEW, DossierStatus.AWAITING_COMMITTEE,
				DossierStatus.GRANTED);

		assertThat(RetentionRule.WITHOUT_GRANT).doesNotContainAnyElementsOf(RetentionRule.WITH_GRANT)
			.doesNotContainAnyElementsOf(stillOpen);
		assertThat(RetentionRule.WITH_GRANT).doesNotContainAnyElementsOf(stillOpen);
		Set<DossierStatus> covered = EnumSet.copyOf(RetentionRule.WITHOUT_GRANT);
		covered.addAll(RetentionRule.WITH_GRANT);
		covered.addAll(stillOpen);
		assertThat(covered).as("a new status must be placed in a category, or declared still open")
			.containsExactlyInAnyOrder(DossierStatus.values());
	}

	@Test
	void aPeriodIsCountedBackFromTheApplicationClock() {
		RetentionRule rule = new RetentionRule(
				new RetentionProperties(Period.ofYears(5), Period.ofYears(10), 20, ZoneId.of("Europe/Paris")),
				NIGHT_OF_A_PURGE);

		List<RetentionRule.Category> categories = rule.categoriesToday();

		assertThat(categories).extracting(RetentionRule.Category::endedBefore)
			.containsExactly(Instant.parse("2031-03-01T01:30:00Z"), Instant.parse("2026-03-01T01:30:00Z"));
		assertThat(categories.get(0).statuses()).contains(DossierStatus.REFUSED);
		assertThat(categories.get(1).statuses()).contains(DossierStatus.CLOSED);
	}

	@Test
	void unsetPropertiesFallBackToTheDocumentedDefaults() {
		RetentionProperties properties = new RetentionProperties(null, null, 0, null);

		assertThat(properties.withoutGrant()).isEqualTo(Period.ofYears(5));
		assertThat(properties.withGrant()).isEqualTo(Period.ofYears(10));
		assertThat(properties.batchSize()).isEqualTo(20);
		assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
	}

}
