package fr.metropolerouen.guichetess.scheme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The rule-set versions of the schemes, from configuration ({@code guichet.rule-sets}). Adding a version is a change
 * of configuration (and of decision tables in {@code processes/} when the logic changes), never of Java code. Checked
 * at start-up: versions are unique, adopted versions of a scheme never overlap, and the parameters the application
 * reads itself are present.
 */
@Service
public class RuleSets {

	/** Parameters read by the application to gather facts (time windows and ceilings); the rest feeds the tables. */
	private static final Set<String> COMMON_PARAMETERS = Set.of("deMinimisCeiling", "deMinimisWindowYears");

	private static final Set<String> LOCATION_PARAMETERS = Set.of("organisationCap", "organisationCapWindowYears",
			"reapplicationIntervalYears");

	/**
	 * Parameters read by the decision tables of version 1 (keys {@code EligibilityCriteria},
	 * {@code AidAmountSuggestion}): a version using those tables must give them all. A version with tables of its own
	 * names its own parameters, and its tests say which.
	 */
	private static final Map<AidScheme, Set<String>> FIRST_TABLES_PARAMETERS = Map.of(AidScheme.IMMOBILIER_ESS,
			Set.of("aidRate", "aidCap", "minEligibleExpenses", "minOperatingRevenueShare", "roundingUnit"),
			AidScheme.LOCATION_ESS, Set.of("firstYearRate", "secondYearRate", "thirdYearRate", "aidCap",
					"minOperatingRevenueShare", "roundingUnit"));

	private static final String FIRST_ELIGIBILITY_TABLE = "EligibilityCriteria";

	private static final String FIRST_AMOUNT_TABLE = "AidAmountSuggestion";

	private final List<RuleSetVersion> versions;

	RuleSets(RuleSetProperties properties) {
		this.versions = properties.ruleSets() == null ? List.of()
				: properties.ruleSets()
					.values()
					.stream()
					.sorted(Comparator.comparing(RuleSetVersion::scheme).thenComparing(RuleSetVersion::validFrom))
					.toList();
		check();
	}

	/** The version a dossier submitted on this date is judged by. */
	public RuleSetVersion inForce(AidScheme scheme, LocalDate date) {
		return versions.stream()
			.filter(v -> v.scheme() == scheme && v.inForceOn(date))
			.findFirst()
			.orElseThrow(() -> new ConflictException("Aucun règlement du dispositif n'est en vigueur le "
					+ FrenchFormat.longDate(date) + " : la demande ne peut pas être jugée."));
	}

	public RuleSetVersion get(AidScheme scheme, String version) {
		return versions.stream()
			.filter(v -> v.scheme() == scheme && v.version().equals(version))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Version de règlement introuvable : " + scheme + " v" + version
					+ "."));
	}

	public List<RuleSetVersion> all() {
		return versions;
	}

	public List<RuleSetVersion> adopted() {
		return versions.stream().filter(v -> v.status() == RuleSetVersion.Status.ADOPTED).toList();
	}

	private void check() {
		for (RuleSetVersion version : versions) {
			if (version.scheme() == null || version.version() == null || version.validFrom() == null
					|| version.eligibilityDecision() == null || version.amountDecision() == null) {
				throw new IllegalStateException("Incomplete rule set in configuration: " + version);
			}
			if (version.validTo() != null && version.validTo().isBefore(version.validFrom())) {
				throw new IllegalStateException("Rule set " + version.label() + " ends before it starts");
			}
			COMMON_PARAMETERS.forEach(version::parameter);
			if (version.scheme() == AidScheme.LOCATION_ESS) {
				LOCATION_PARAMETERS.forEach(version::parameter);
			}
			if (FIRST_ELIGIBILITY_TABLE.equals(version.eligibilityDecision())
					|| FIRST_AMOUNT_TABLE.equals(version.amountDecision())) {
				FIRST_TABLES_PARAMETERS.get(version.scheme()).forEach(version::parameter);
			}
			for (RuleSetVersion other : versions) {
				if (other != version && other.scheme() == version.scheme()) {
					if (other.version().equals(version.version())) {
						throw new IllegalStateException("Rule set " + version.label() + " is defined twice");
					}
					if (other.status() == RuleSetVersion.Status.ADOPTED
							&& version.status() == RuleSetVersion.Status.ADOPTED && other.overlaps(version)) {
						throw new IllegalStateException(
								"Rule sets " + version.label() + " and " + other.label() + " overlap");
					}
				}
			}
		}
	}

}
