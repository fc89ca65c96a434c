package fr.metropolerouen.guichetess.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** A session's life, planned → held → closed, and what each state allows. */
class CommitteeSessionTests {

	private static final LocalDate SESSION_DATE = LocalDate.of(2026, 6, 10);

	private static final Instant NOW = Instant.parse("2026-06-10T16:00:00Z");

	@Test
	void aSessionIsHeldFromItsDateOnAndThenClosedOnce() {
		CommitteeSession session = planned();

		assertThatThrownBy(() -> session.hold(true, SESSION_DATE.minusDays(1), NOW, "secretaire"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("n'a pas encore eu lieu");
		session.hold(true, SESSION_DATE, NOW, "secretaire");
		assertThat(session.status()).isEqualTo(SessionStatus.HELD);
		assertThat(session.quorumReached()).isTrue();
		assertThatThrownBy(() -> session.hold(true, SESSION_DATE, NOW, "secretaire"))
			.isInstanceOf(ConflictException.class);

		session.close("a".repeat(64), NOW, "secretaire");

		assertThat(session.status()).isEqualTo(SessionStatus.CLOSED);
		assertThat(session.closedBy()).isEqualTo("secretaire");
		assertThatThrownBy(session::requireNotClosed).isInstanceOf(ConflictException.class)
			.hasMessageContaining("close");
		assertThatThrownBy(() -> session.close("b".repeat(64), NOW, "secretaire"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aPlannedSessionCannotBeClosedAndMembersChangeOnlyBeforeItIsHeld() {
		CommitteeSession session = planned();

		assertThatThrownBy(() -> session.close("a".repeat(64), NOW, "secretaire")).isInstanceOf(ConflictException.class);
		session.requirePlanned("changer les membres convoqués");
		session.hold(null, SESSION_DATE, NOW, "secretaire");
		assertThat(session.quorumReached()).as("presence not recorded").isNull();
		assertThatThrownBy(() -> session.requirePlanned("changer les membres convoqués"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("changer les membres convoqués n'est plus possible");
	}

	@Test
	void deliberationsAreNumberedPerBodyAndYearWithFourDigits() {
		DeliberationCounter counter = new DeliberationCounter("B", 2026);

		assertThat(counter.next()).isEqualTo("B2026-0001");
		assertThat(counter.next()).isEqualTo("B2026-0002");
		for (int i = 3; i < 42; i++) {
			counter.next();
		}
		assertThat(counter.next()).isEqualTo("B2026-0042");
	}

	@Test
	void aDecisionCanBeCorrectedUntilItsDeliberationIsNumbered() {
		AgendaItem item = new AgendaItem(UUID.randomUUID(), UUID.randomUUID(), AidScheme.LOCATION_ESS, 1);

		item.record(DecisionOutcome.GRANTED, new BigDecimal("2500.00"), null, NOW, "secretaire");
		assertThat(item.isRecordedAs(DecisionOutcome.GRANTED, new BigDecimal("2500"), null)).isTrue();
		assertThat(item.isRecordedAs(DecisionOutcome.GRANTED, new BigDecimal("3000.00"), null)).isFalse();
		item.record(DecisionOutcome.GRANTED, new BigDecimal("3000.00"), null, NOW, "secretaire");
		assertThat(item.amount()).isEqualByComparingTo("3000.00");

		item.number("B2026-0007");

		assertThatThrownBy(() -> item.record(DecisionOutcome.REFUSED, null, "Motif", NOW, "secretaire"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("B2026-0007");
	}

	private static CommitteeSession planned() {
		return new CommitteeSession(CommitteeBody.BUREAU_METROPOLITAIN, SESSION_DATE, "Séance de juin",
				NOW.minusSeconds(86_400), "secretaire");
	}

}
