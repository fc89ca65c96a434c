package fr.metropolerouen.guichetess.steering;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.SchemeYearStatus;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.SubmittedDossier;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.scheme.Territory;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.steering.YearIndicators.Amounts;
import fr.metropolerouen.guichetess.steering.YearIndicators.Beneficiaries;
import fr.metropolerouen.guichetess.steering.YearIndicators.DossierCounts;
import fr.metropolerouen.guichetess.steering.YearIndicators.JobFigures;
import fr.metropolerouen.guichetess.steering.YearIndicators.SchemeIndicators;
import fr.metropolerouen.guichetess.steering.YearIndicators.Share;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a year's dossiers, computed from the dossiers, their organisations and the envelope ledger, in a
 * few queries whatever the number of dossiers. A dossier belongs to the year of its submission: the figures follow
 * that cohort to its decisions, payments and releases, whenever they happened.
 */
@Service
@Transactional(readOnly = true)
class SteeringIndicators {

	private final DossierStatistics dossiers;

	private final Organisations organisations;

	private final EnvelopeLedger ledger;

	private final SchemeCatalogue schemes;

	private final Territory territory;

	private final Clock clock;

	SteeringIndicators(DossierStatistics dossiers, Organisations organisations, EnvelopeLedger ledger,
			SchemeCatalogue schemes, Territory territory, Clock clock) {
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.ledger = ledger;
		this.schemes = schemes;
		this.territory = territory;
		this.clock = clock;
	}

	YearIndicators of(int year) {
		List<SubmittedDossier> submitted = dossiers.submittedIn(year);
		Map<UUID, DossierMoney> money = ledger.moneyOf(submitted.stream().map(SubmittedDossier::id).toList());
		Map<UUID, OrganisationView> beneficiaries = organisations.getAll(submitted.stream()
			.filter(SubmittedDossier::granted)
			.map(SubmittedDossier::organisationId)
			.distinct()
			.toList());
		List<SchemeIndicators> perScheme = new ArrayList<>();
		for (AidScheme scheme : AidScheme.values()) {
			perScheme.add(indicators(scheme, schemes.name(scheme),
					submitted.stream().filter(d -> d.scheme() == scheme).toList(), money, beneficiaries));
		}
		return new YearIndicators(year, FrenchFormat.today(clock), perScheme,
				indicators(null, YearIndicators.ALL_SCHEMES, submitted, money, beneficiaries));
	}

	/** Per scheme and year of submission: dossiers received and granted, and their amounts. */
	List<YearBar> perYear(int fromYear, int toYear) {
		List<SchemeYearStatus> counts = dossiers.statusesPerYear(fromYear, toYear);
		List<YearBar> bars = new ArrayList<>();
		for (int year = fromYear; year <= toYear; year++) {
			for (AidScheme scheme : AidScheme.values()) {
				int ofYear = year;
				List<SchemeYearStatus> received = counts.stream()
					.filter(count -> count.year() == ofYear && count.scheme() == scheme)
					.toList();
				List<SchemeYearStatus> granted = received.stream()
					.filter(count -> DossierStatistics.GRANTED_ONCE.contains(count.status()))
					.toList();
				bars.add(new YearBar(year, scheme, schemes.name(scheme),
						received.stream().mapToLong(SchemeYearStatus::count).sum(),
						granted.stream().mapToLong(SchemeYearStatus::count).sum(),
						Money.euros(received.stream().map(SchemeYearStatus::requestedAmount).reduce(Money.ZERO, BigDecimal::add)),
						Money.euros(granted.stream().map(SchemeYearStatus::grantedAmount).reduce(Money.ZERO, BigDecimal::add))));
			}
		}
		return bars;
	}

	private SchemeIndicators indicators(AidScheme scheme, String name, List<SubmittedDossier> submitted,
			Map<UUID, DossierMoney> money, Map<UUID, OrganisationView> organisationsById) {
		List<SubmittedDossier> granted = submitted.stream().filter(SubmittedDossier::granted).toList();
		DossierCounts counts = new DossierCounts(submitted.size(), count(submitted, SubmittedDossier::eligible),
				granted.size(), withStatus(submitted, DossierStatus.REFUSED),
				withStatus(submitted, DossierStatus.WITHDRAWN),
				withStatus(submitted, DossierStatus.CLOSED_WITHOUT_FOLLOW_UP),
				withStatus(submitted, DossierStatus.LAPSED), withStatus(submitted, DossierStatus.GRANT_WITHDRAWN),
				count(submitted, d -> DossierStatistics.IN_PROGRESS.contains(d.status())));
		Amounts amounts = new Amounts(sum(submitted, SubmittedDossier::requestedAmount),
				sum(granted, SubmittedDossier::grantedAmount), sum(granted, d -> money.get(d.id()).paid()),
				sum(granted, d -> money.get(d.id()).released()));
		List<OrganisationView> grantees = granted.stream()
			.map(SubmittedDossier::organisationId)
			.distinct()
			.map(organisationsById::get)
			.toList();
		Beneficiaries beneficiaries = new Beneficiaries(grantees.size(),
				shares(grantees, o -> LegalFamily.of(o.legalFormCode(), o.esusApproved()).name(),
						code -> LegalFamily.valueOf(code).frenchLabel()),
				shares(grantees, OrganisationView::communeInseeCode,
						code -> territory.communeName(code).orElse(code)));
		return new SchemeIndicators(scheme, name, counts, amounts, beneficiaries, jobs(submitted), jobs(granted));
	}

	private static long withStatus(List<SubmittedDossier> dossiers, DossierStatus status) {
		return count(dossiers, d -> d.status() == status);
	}

	private static long count(List<SubmittedDossier> dossiers, Predicate<SubmittedDossier> condition) {
		return dossiers.stream().filter(condition).count();
	}

	private static BigDecimal sum(List<SubmittedDossier> dossiers, Function<SubmittedDossier, BigDecimal> amount) {
		return dossiers.stream().map(amount).filter(Objects::nonNull).reduce(Money.ZERO, BigDecimal::add);
	}

	/** Counts per code, most numerous first, then by label. */
	private static List<Share> shares(List<OrganisationView> grantees, Function<OrganisationView, String> code,
			Function<String, String> label) {
		return grantees.stream()
			.collect(Collectors.groupingBy(code, Collectors.counting()))
			.entrySet()
			.stream()
			.map(entry -> new Share(entry.getKey(), label.apply(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::label))
			.toList();
	}

	private static JobFigures jobs(List<SubmittedDossier> dossiers) {
		List<SubmittedDossier> declaring = dossiers.stream()
			.filter(d -> d.headcount() != null || d.jobsCreated() != null || d.jobsKept() != null)
			.toList();
		return new JobFigures(declaring.size(), total(declaring, SubmittedDossier::headcount),
				total(declaring, SubmittedDossier::jobsCreated), total(declaring, SubmittedDossier::jobsKept));
	}

	private static long total(List<SubmittedDossier> dossiers, Function<SubmittedDossier, Integer> figure) {
		ToIntFunction<SubmittedDossier> orZero = d -> figure.apply(d) == null ? 0 : figure.apply(d);
		return dossiers.stream().mapToLong(orZero::applyAsInt).sum();
	}

}
