package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.GrantedDossier;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.EnvelopeView;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.shared.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual summary per scheme, from the dossiers, the envelopes' ledgers and the imported history. */
@Service
@Transactional(readOnly = true)
class AnnualSummaries {

	private final DossierStatistics dossiers;

	private final EnvelopeLedger ledger;

	private final HistoricalGrantRepository history;

	private final Organisations organisations;

	private final SchemeCatalogue schemes;

	AnnualSummaries(DossierStatistics dossiers, EnvelopeLedger ledger, HistoricalGrantRepository history,
			Organisations organisations, SchemeCatalogue schemes) {
		this.dossiers = dossiers;
		this.ledger = ledger;
		this.history = history;
		this.organisations = organisations;
		this.schemes = schemes;
	}

	AnnualSummaryView of(int fromYear, int toYear) {
		Map<Key, Year> years = new TreeMap<>();
		dossiers.receivedPerYear(fromYear, toYear)
			.forEach(count -> year(years, count.scheme(), count.year()).received += count.count());
		dossiers.refusedPerYear(fromYear, toYear)
			.forEach(count -> year(years, count.scheme(), count.year()).refused += count.count());
		List<GrantedDossier> granted = dossiers.grantedBetween(LocalDate.of(fromYear, 1, 1),
				LocalDate.of(toYear, 12, 31));
		Map<UUID, OrganisationView> beneficiaries = organisations
			.getAll(granted.stream().map(GrantedDossier::organisationId).distinct().toList());
		granted.forEach(grant -> {
			Year year = year(years, grant.scheme(), grant.decisionDate().getYear());
			year.granted++;
			year.sirets.add(beneficiaries.get(grant.organisationId()).siret());
		});
		ledger.list(null)
			.stream()
			.filter(envelope -> envelope.year() >= fromYear && envelope.year() <= toYear)
			.forEach(envelope -> year(years, envelope.scheme(), envelope.year()).add(envelope));
		history.findByYearBetween(fromYear, toYear).forEach(grant -> year(years, grant.scheme(), grant.year()).add(grant));
		List<AnnualSummaryView.Row> rows = years.entrySet()
			.stream()
			.map(entry -> entry.getValue().row(entry.getKey(), schemes.name(entry.getKey().scheme())))
			.toList();
		List<AnnualSummaryView.Total> schemeTotals = new ArrayList<>();
		for (AidScheme scheme : AidScheme.values()) {
			List<Year> ofScheme = years.entrySet()
				.stream()
				.filter(entry -> entry.getKey().scheme() == scheme)
				.map(Map.Entry::getValue)
				.toList();
			schemeTotals.add(total(scheme, schemes.name(scheme), ofScheme));
		}
		return new AnnualSummaryView(fromYear, toYear, rows, schemeTotals,
				total(null, "Tous dispositifs", List.copyOf(years.values())));
	}

	static Table table(AnnualSummaryView summary) {
		List<Table.Column> columns = List.of(Table.Column.text("dispositif"), Table.Column.text("exercice"),
				Table.Column.integer("dossiers_recus"), Table.Column.integer("aides_accordees"),
				Table.Column.integer("dossiers_refuses"), Table.Column.amount("montant_engage"),
				Table.Column.amount("montant_degage"), Table.Column.amount("montant_verse"),
				Table.Column.amount("montant_reverse"), Table.Column.integer("beneficiaires"),
				Table.Column.text("inclut_historique"));
		List<List<Object>> rows = new ArrayList<>();
		summary.rows()
			.forEach(row -> rows.add(java.util.Arrays.asList(row.schemeName(), String.valueOf(row.year()),
					row.received(), row.granted(), row.refused(), row.engaged(), row.released(), row.paid(),
					row.recovered(), row.beneficiaries(), row.includesHistory() ? "oui" : "non")));
		List<AnnualSummaryView.Total> totals = new ArrayList<>(summary.schemeTotals());
		totals.add(summary.total());
		String period = summary.fromYear() + "-" + summary.toYear();
		totals.forEach(total -> rows.add(java.util.Arrays.asList(total.schemeName(), "total " + period, null,
				total.granted(), null, total.engaged(), total.released(), total.paid(), total.recovered(),
				total.beneficiaries(), null)));
		return new Table("bilan-annuel-" + period, columns, rows);
	}

	private static Year year(Map<Key, Year> years, AidScheme scheme, int year) {
		return years.computeIfAbsent(new Key(scheme, year), key -> new Year());
	}

	private static AnnualSummaryView.Total total(AidScheme scheme, String name, List<Year> years) {
		Set<String> beneficiaries = new HashSet<>();
		years.forEach(year -> beneficiaries.addAll(year.sirets));
		return new AnnualSummaryView.Total(scheme, name, years.stream().mapToLong(year -> year.granted).sum(),
				sum(years, year -> year.engaged), sum(years, year -> year.released), sum(years, year -> year.paid),
				sum(years, year -> year.recovered), beneficiaries.size());
	}

	private static BigDecimal sum(List<Year> years, java.util.function.Function<Year, BigDecimal> figure) {
		return years.stream().map(figure).reduce(Money.ZERO, BigDecimal::add);
	}

	private record Key(AidScheme scheme, int year) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparing(Key::scheme).thenComparing(Key::year);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}

	}

	/** One scheme's year being summed up. */
	private static final class Year {

		private long received;

		private long granted;

		private long refused;

		private boolean known;

		private boolean historical;

		private BigDecimal engaged = Money.ZERO;

		private BigDecimal released = Money.ZERO;

		private BigDecimal paid = Money.ZERO;

		private BigDecimal recovered = Money.ZERO;

		private final Set<String> sirets = new HashSet<>();

		void add(EnvelopeView envelope) {
			known = true;
			engaged = engaged.add(envelope.engaged());
			released = released.add(envelope.released());
			paid = paid.add(envelope.paid());
			recovered = recovered.add(envelope.recovered());
		}

		void add(HistoricalGrant grant) {
			historical = true;
			granted++;
			engaged = engaged.add(grant.engaged());
			paid = paid.add(grant.paid());
			sirets.add(grant.siret());
		}

		AnnualSummaryView.Row row(Key key, String schemeName) {
			boolean fromGuichet = known || received > 0 || refused > 0 || !historical;
			return new AnnualSummaryView.Row(key.scheme(), schemeName, key.year(), fromGuichet ? received : null,
					granted, fromGuichet ? refused : null, engaged, released, paid, recovered, sirets.size(),
					historical);
		}

	}

}
