package fr.metropolerouen.guichetess.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetsTests {

	private static final LocalDate START = LocalDate.of(2017, 1, 1);

	@Test
	void aDossierIsJudgedByTheAdoptedVersionInForceOnItsDate() {
		RuleSets ruleSets = ruleSets(location("1", START, LocalDate.of(2029, 12, 31), RuleSetVersion.Status.ADOPTED),
				location("2", LocalDate.of(2030, 1, 1), null, RuleSetVersion.Status.ADOPTED),
				location("3-projet", LocalDate.of(2031, 1, 1), null, RuleSetVersion.Status.DRAFT));

		assertThat(ruleSets.inForce(AidScheme.LOCATION_ESS, LocalDate.of(2029, 12, 31)).version()).isEqualTo("1");
		assertThat(ruleSets.inForce(AidScheme.LOCATION_ESS, LocalDate.of(2030, 1, 1)).version()).isEqualTo("2");
		assertThat(ruleSets.inForce(AidScheme.LOCATION_ESS, LocalDate.of(2032, 6, 1)).version())
			.as("a draft is never in force")
			.isEqualTo("2");
		assertThat(ruleSets.get(AidScheme.LOCATION_ESS, "3-projet").status()).isEqualTo(RuleSetVersion.Status.DRAFT);
		assertThat(ruleSets.adopted()).extracting(RuleSetVersion::version).containsExactly("1", "2");
	}

	@Test
	void noVersionInForceRefusesToJudge() {
		RuleSets ruleSets = ruleSets(location("1", START, LocalDate.of(2029, 12, 31), RuleSetVersion.Status.ADOPTED));

		assertThatThrownBy(() -> ruleSets.inForce(AidScheme.LOCATION_ESS, LocalDate.of(2030, 1, 1)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("Aucun règlement");
		assertThatThrownBy(() -> ruleSets.inForce(AidScheme.IMMOBILIER_ESS, LocalDate.of(2026, 1, 1)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> ruleSets.get(AidScheme.LOCATION_ESS, "9")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void overlappingOrDuplicatedVersionsAreRefusedAtStartUp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ruleSets(location("1", START, null, RuleSetVersion.Status.ADOPTED),
					location("2", LocalDate.of(2030, 1, 1), null, RuleSetVersion.Status.ADOPTED)))
			.withMessageContaining("overlap");
		assertThatIllegalStateException()
			.isThrownBy(() -> ruleSets(location("1", START, LocalDate.of(2020, 1, 1), RuleSetVersion.Status.ADOPTED),
					location("1", LocalDate.of(2021, 1, 1), null, RuleSetVersion.Status.ADOPTED)))
			.withMessageContaining("twice");
		assertThatIllegalStateException()
			.isThrownBy(() -> ruleSets(location("1", START, LocalDate.of(2016, 1, 1), RuleSetVersion.Status.ADOPTED)))
			.withMessageContaining("ends before it starts");
	}

	@Test
	void aDraftMayOverlapTheAdoptedVersions() {
		RuleSets ruleSets = ruleSets(location("1", START, null, RuleSetVersion.Status.ADOPTED),
				location("projet", START, null, RuleSetVersion.Status.DRAFT));

		assertThat(ruleSets.all()).hasSize(2);
	}

	@Test
	void aVersionUsingTheFirstTablesMustGiveEveryParameterTheyRead() {
		Map<String, BigDecimal> parameters = locationParameters();
		parameters.remove("minOperatingRevenueShare");
		RuleSetVersion incomplete = new RuleSetVersion(AidScheme.LOCATION_ESS, "1", START, null, "Délibération",
				RuleSetVersion.Status.ADOPTED, "EligibilityCriteria", "AidAmountSuggestion", parameters);

		assertThatIllegalStateException().isThrownBy(() -> ruleSets(incomplete))
			.withMessageContaining("minOperatingRevenueShare");

		RuleSetVersion ownTables = new RuleSetVersion(AidScheme.LOCATION_ESS, "2", START, null, "Délibération",
				RuleSetVersion.Status.ADOPTED, "EligibilityCriteria2030", "AidAmountSuggestion2030", parameters);
		assertThat(ruleSets(ownTables).all()).as("tables of its own name their own parameters").hasSize(1);
	}

	@Test
	void parametersInYearsMustBeWholeNumbers() {
		Map<String, BigDecimal> parameters = locationParameters();
		parameters.put("organisationCapWindowYears", new BigDecimal("2.5"));
		RuleSetVersion version = new RuleSetVersion(AidScheme.LOCATION_ESS, "1", START, null, "Délibération", null,
				"EligibilityCriteria", "AidAmountSuggestion", parameters);

		assertThat(version.status()).as("adopted unless said otherwise").isEqualTo(RuleSetVersion.Status.ADOPTED);
		assertThatThrownBy(() -> version.years("organisationCapWindowYears")).isInstanceOf(ArithmeticException.class);
		assertThat(version.years("reapplicationIntervalYears")).isEqualTo(3);
	}

	private static RuleSets ruleSets(RuleSetVersion... versions) {
		Map<String, RuleSetVersion> byKey = new LinkedHashMap<>();
		for (int i = 0; i < versions.length; i++) {
			byKey.put("version-" + i, versions[i]);
		}
		return new RuleSets(new RuleSetProperties(byKey));
	}

	private static RuleSetVersion location(String version, LocalDate from, LocalDate to, RuleSetVersion.Status status) {
		return new RuleSetVersion(AidScheme.LOCATION_ESS, version, from, to, "Délibération " + version, status,
				"EligibilityCriteria", "AidAmountSuggestion", locationParameters());
	}

	private static Map<String, BigDecimal> locationParameters() {
		Map<String, BigDecimal> parameters = new HashMap<>();
		parameters.put("firstYearRate", new BigDecimal("0.50"));
		parameters.put("secondYearRate", new BigDecimal("0.30"));
		parameters.put("thirdYearRate", new BigDecimal("0.20"));
		parameters.put("aidCap", new BigDecimal("200000"));
		parameters.put("organisationCap", new BigDecimal("200000"));
		parameters.put("organisationCapWindowYears", new BigDecimal("3"));
		parameters.put("reapplicationIntervalYears", new BigDecimal("3"));
		parameters.put("minOperatingRevenueShare", new BigDecimal("0.33"));
		parameters.put("roundingUnit", BigDecimal.ONE);
		parameters.put("deMinimisCeiling", new BigDecimal("300000"));
		parameters.put("deMinimisWindowYears", new BigDecimal("3"));
		return parameters;
	}

}
