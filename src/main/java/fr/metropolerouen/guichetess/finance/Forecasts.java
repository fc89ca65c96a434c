package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.committee.CommitteeSessions;
import fr.metropolerouen.guichetess.committee.PendingAgendaItem;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.DossierInProgress;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.EnvelopeView;
import fr.metropolerouen.guichetess.envelope.PaymentSchedules;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast of a budget year per scheme. A dossier on an agenda counts in its session's year; a dossier not yet on
 * an agenda counts in the current year, when it is expected to be decided.
 */
@Service
@Transactional(readOnly = true)
class Forecasts {

	private final DossierStatistics dossiers;

	private final CommitteeSessions sessions;

	private final EnvelopeLedger ledger;

	private final PaymentSchedules schedules;

	private final SchemeCatalogue schemes;

	private final Clock clock;

	Forecasts(DossierStatistics dossiers, CommitteeSessions sessions, EnvelopeLedger ledger,
			PaymentSchedules schedules, SchemeCatalogue schemes, Clock clock) {
		this.dossiers = dossiers;
		this.sessions = sessions;
		this.ledger = ledger;
		this.schedules = schedules;
		this.schemes = schemes;
		this.clock = clock;
	}

	ForecastView of(int year) {
		LocalDate today = FrenchFormat.today(clock);
		Map<UUID, PendingAgendaItem> onAgenda = sessions.pendingItems()
			.stream()
			.collect(Collectors.toMap(PendingAgendaItem::dossierId, Function.identity(), (a, b) -> a));
		Map<AidScheme, Map<Stage, List<Expected>>> stages = new EnumMap<>(AidScheme.class);
		for (DossierInProgress dossier : dossiers.inProgress()) {
			PendingAgendaItem item = onAgenda.get(dossier.id());
			int expectedYear = item == null ? today.getYear() : item.sessionDate().getYear();
			if (expectedYear == year) {
				BigDecimal amount = item != null && item.grantedAmount() != null ? item.grantedAmount()
						: expectedAmount(dossier);
				stages.computeIfAbsent(dossier.scheme(), s -> new EnumMap<>(Stage.class))
					.computeIfAbsent(Stage.of(dossier, item != null), s -> new ArrayList<>())
					.add(new Expected(dossier.reference(), amount));
			}
		}
		List<ForecastView.SchemeForecast> forecasts = new ArrayList<>();
		for (AidScheme scheme : AidScheme.values()) {
			forecasts.add(forecast(scheme, year, stages.getOrDefault(scheme, Map.of())));
		}
		return new ForecastView(year, today, forecasts);
	}

	private ForecastView.SchemeForecast forecast(AidScheme scheme, int year, Map<Stage, List<Expected>> stages) {
		Optional<EnvelopeView> envelope = ledger.find(scheme, year);
		BigDecimal available = envelope.map(EnvelopeView::available).orElse(Money.ZERO);
		ForecastView.Pipeline onAgenda = pipeline(stages.get(Stage.ON_AGENDA));
		ForecastView.Pipeline awaiting = pipeline(stages.get(Stage.AWAITING_COMMITTEE));
		ForecastView.Pipeline underReview = pipeline(stages.get(Stage.UNDER_REVIEW));
		BigDecimal afterAgenda = available.subtract(onAgenda.amount());
		BigDecimal agendaShortfall = afterAgenda.negate().max(Money.ZERO);
		BigDecimal shortfall = onAgenda.amount()
			.add(awaiting.amount())
			.add(underReview.amount())
			.subtract(available)
			.max(Money.ZERO);
		String warning = agendaShortfall.signum() == 0 ? null
				: "Les dossiers inscrits à l'ordre du jour proposent " + FrenchFormat.euros(onAgenda.amount())
						+ " alors que l'enveloppe " + schemes.name(scheme) + " " + year + " ne dispose que de "
						+ FrenchFormat.euros(available) + " : il manque " + FrenchFormat.euros(agendaShortfall) + ".";
		return new ForecastView.SchemeForecast(scheme, schemes.name(scheme), envelope.isPresent(),
				envelope.map(EnvelopeView::allocated).orElse(Money.ZERO), available, onAgenda, awaiting, underReview,
				afterAgenda, agendaShortfall, shortfall, schedules.expectedDuring(scheme, year),
				schedules.earlierRemainingToPay(scheme, year), warning);
	}

	private static ForecastView.Pipeline pipeline(List<Expected> dossiers) {
		if (dossiers == null) {
			return new ForecastView.Pipeline(0, Money.ZERO, List.of());
		}
		return new ForecastView.Pipeline(dossiers.size(),
				dossiers.stream().map(Expected::amount).reduce(Money.ZERO, BigDecimal::add),
				dossiers.stream().map(Expected::reference).toList());
	}

	/**
	 * What a dossier not decided yet may take: the officer's proposal, else the rules' suggestion, else what the
	 * applicant asked for. A grant recorded in a session not closed yet counts at its amount.
	 */
	private static BigDecimal expectedAmount(DossierInProgress dossier) {
		if (dossier.proposedAmount() != null) {
			return dossier.proposedAmount();
		}
		return Money.orZero(dossier.suggestedAmount() != null ? dossier.suggestedAmount()
				: dossier.requestedAmount());
	}

	private record Expected(String reference, BigDecimal amount) {
	}

	private enum Stage {

		ON_AGENDA, AWAITING_COMMITTEE, UNDER_REVIEW;

		static Stage of(DossierInProgress dossier, boolean onAgenda) {
			if (onAgenda) {
				return ON_AGENDA;
			}
			return dossier.status() == DossierStatus.AWAITING_COMMITTEE ? AWAITING_COMMITTEE : UNDER_REVIEW;
		}

	}

}
