package fr.metropolerouen.guichetess.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.metropolerouen.guichetess.dossier.DeMinimisAid;
import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.LeaseType;
import fr.metropolerouen.guichetess.dossier.OperationType;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import org.yaml.snakeyaml.Yaml;

/**
 * Version 1 of each scheme's rules, read from {@code guichet.rule-sets} in {@code application.yml}, and dossiers that
 * meet every criterion of that version, to be changed one field at a time.
 */
final class RuleFixtures {

	/** The submission date of the fixtures' dossiers (J). */
	static final LocalDate SUBMISSION_DATE = LocalDate.of(2025, 6, 16);

	/** Rouen, one of the 71 communes. */
	static final String ROUEN = "76540";

	private static final Map<String, Object> RULE_SETS = readRuleSets();

	private RuleFixtures() {
	}

	static RuleSetVersion immobilierV1() {
		return ruleSet("immobilier-ess-1");
	}

	static RuleSetVersion locationV1() {
		return ruleSet("location-ess-1");
	}

	static RuleSetVersion v1(AidScheme scheme) {
		return switch (scheme) {
			case IMMOBILIER_ESS -> immobilierV1();
			case LOCATION_ESS -> locationV1();
		};
	}

	/** An association with employees, not ESUS-approved, in Rouen. */
	static OrganisationFacts eligibleOrganisation() {
		return new OrganisationFacts("9220", ROUEN, 5, false);
	}

	/** A renovation of 500 000 € starting a month after submission, asking for 50 000 €. */
	static Data eligibleImmobilier() {
		return new Data(AidScheme.IMMOBILIER_ESS).projectTitle("Rénovation d'une ressourcerie")
			.communeInseeCode(ROUEN)
			.requestedAmount(new BigDecimal("50000.00"))
			.operationType(OperationType.RENOVATION)
			.eligibleExpenses(new BigDecimal("500000.00"))
			.worksStartDate(SUBMISSION_DATE.plusMonths(1))
			.marketActivity(true)
			.operatingRevenue(new BigDecimal("120000.00"))
			.operatingExpenses(new BigDecimal("200000.00"))
			.ownFunds(new BigDecimal("80000.00"));
	}

	/** A commercial lease of offices at 1 000 € a month for 36 months, signed and starting after submission. */
	static Data eligibleLocation() {
		return new Data(AidScheme.LOCATION_ESS).projectTitle("Bureaux d'une coopérative d'activité")
			.communeInseeCode(ROUEN)
			.requestedAmount(new BigDecimal("12000.00"))
			.monthlyRent(new BigDecimal("1000.00"))
			.surfaceM2(new BigDecimal("80.00"))
			.leaseStartDate(SUBMISSION_DATE.plusMonths(1))
			.leaseDurationMonths(36)
			.leaseType(LeaseType.COMMERCIAL_OFFICE_LEASE)
			.leaseSignedOn(SUBMISSION_DATE.plusDays(10))
			.marketActivity(true)
			.operatingRevenue(new BigDecimal("60000.00"))
			.operatingExpenses(new BigDecimal("90000.00"));
	}

	static Data eligible(AidScheme scheme) {
		return switch (scheme) {
			case IMMOBILIER_ESS -> eligibleImmobilier();
			case LOCATION_ESS -> eligibleLocation();
		};
	}

	/** The inputs of version 1 for this dossier of an eligible organisation in the Métropole, with no history. */
	static Map<String, Object> inputs(Data data) {
		return inputs(data, eligibleOrganisation(), AidHistory.NONE);
	}

	static Map<String, Object> inputs(Data data, OrganisationFacts organisation, AidHistory history) {
		DossierData dossier = data.build();
		return RuleInputs.of(v1(dossier.scheme()), dossier, organisation, true, SUBMISSION_DATE, history);
	}

	static BigDecimal amount(String text) {
		return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
	}

	@SuppressWarnings("unchecked")
	private static RuleSetVersion ruleSet(String key) {
		Map<String, Object> entry = (Map<String, Object>) RULE_SETS.get(key);
		if (entry == null) {
			throw new IllegalStateException("No rule set " + key + " in application.yml");
		}
		Map<String, BigDecimal> parameters = new LinkedHashMap<>();
		((Map<String, Object>) entry.get("parameters"))
			.forEach((name, value) -> parameters.put(name, new BigDecimal(String.valueOf(value))));
		return new RuleSetVersion(AidScheme.valueOf((String) entry.get("scheme")), String.valueOf(entry.get("version")),
				date(entry.get("valid-from")), null, (String) entry.get("adopted-by"),
				RuleSetVersion.Status.ADOPTED, (String) entry.get("eligibility-decision"),
				(String) entry.get("amount-decision"), parameters);
	}

	/** YAML reads an unquoted date as a timestamp at midnight UTC. */
	private static LocalDate date(Object value) {
		return value instanceof Date date ? LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC)
				: LocalDate.parse(String.valueOf(value));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readRuleSets() {
		try (InputStream in = RuleFixtures.class.getClassLoader().getResourceAsStream("application.yml")) {
			if (in == null) {
				throw new IllegalStateException("application.yml is not on the classpath");
			}
			Map<String, Object> root = new Yaml().load(in);
			Map<String, Object> guichet = (Map<String, Object>) root.get("guichet");
			return (Map<String, Object>) guichet.get("rule-sets");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What an applicant declares, built one field at a time. */
	static final class Data {

		private AidScheme scheme;

		private String projectTitle;

		private String communeInseeCode;

		private BigDecimal requestedAmount;

		private final List<DeMinimisAid> deMinimisAids = new ArrayList<>();

		private OperationType operationType;

		private BigDecimal eligibleExpenses;

		private LocalDate worksStartDate;

		private BigDecimal monthlyRent;

		private BigDecimal surfaceM2;

		private LocalDate leaseStartDate;

		private Integer leaseDurationMonths;

		private Boolean marketActivity;

		private BigDecimal operatingRevenue;

		private BigDecimal operatingExpenses;

		private BigDecimal ownFunds;

		private LeaseType leaseType;

		private LocalDate leaseSignedOn;

		Data(AidScheme scheme) {
			this.scheme = scheme;
		}

		DossierData build() {
			return new DossierData(scheme, projectTitle, communeInseeCode, requestedAmount, List.copyOf(deMinimisAids),
					operationType, eligibleExpenses, worksStartDate, monthlyRent, surfaceM2, leaseStartDate,
					leaseDurationMonths, marketActivity, operatingRevenue, operatingExpenses, ownFunds, leaseType,
					leaseSignedOn, null, null, null);
		}

		Data scheme(AidScheme value) {
			this.scheme = value;
			return this;
		}

		Data projectTitle(String value) {
			this.projectTitle = value;
			return this;
		}

		Data communeInseeCode(String value) {
			this.communeInseeCode = value;
			return this;
		}

		Data requestedAmount(BigDecimal value) {
			this.requestedAmount = value;
			return this;
		}

		Data deMinimisAid(LocalDate grantedOn, BigDecimal amount) {
			this.deMinimisAids.add(new DeMinimisAid("Région Normandie", grantedOn, amount));
			return this;
		}

		Data operationType(OperationType value) {
			this.operationType = value;
			return this;
		}

		Data eligibleExpenses(BigDecimal value) {
			this.eligibleExpenses = value;
			return this;
		}

		Data worksStartDate(LocalDate value) {
			this.worksStartDate = value;
			return this;
		}

		Data monthlyRent(BigDecimal value) {
			this.monthlyRent = value;
			return this;
		}

		Data surfaceM2(BigDecimal value) {
			this.surfaceM2 = value;
			return this;
		}

		Data leaseStartDate(LocalDate value) {
			this.leaseStartDate = value;
			return this;
		}

		Data leaseDurationMonths(Integer value) {
			this.leaseDurationMonths = value;
			return this;
		}

		Data marketActivity(Boolean value) {
			this.marketActivity = value;
			return this;
		}

		Data operatingRevenue(BigDecimal value) {
			this.operatingRevenue = value;
			return this;
		}

		Data operatingExpenses(BigDecimal value) {
			this.operatingExpenses = value;
			return this;
		}

		Data ownFunds(BigDecimal value) {
			this.ownFunds = value;
			return this;
		}

		Data leaseType(LeaseType value) {
			this.leaseType = value;
			return this;
		}

		Data leaseSignedOn(LocalDate value) {
			this.leaseSignedOn = value;
			return this;
		}

	}

}
