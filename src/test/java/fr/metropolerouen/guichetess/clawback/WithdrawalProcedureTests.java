package fr.metropolerouen.guichetess.clawback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.shared.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The states of a withdrawal procedure and how a decision splits the withdrawn money. */
class WithdrawalProcedureTests {

	private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

	private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 17);

	private static WithdrawalProcedure opened() {
		return new WithdrawalProcedure(UUID.randomUUID(), 1, WithdrawalTrigger.PREMISES_LEFT, "Local quitté.",
				DEADLINE, NOW, "officer");
	}

	@Test
	void observationsAreAcceptedUntilTheEndOfTheDeadlineDayThenTheDecisionIsDue() {
		WithdrawalProcedure procedure = opened();
		assertThatThrownBy(() -> procedure.requireDecidable(DEADLINE)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("jusqu'au 17 novembre 2026");

		procedure.recordObservations("Nous contestons.", List.of(), NOW, DEADLINE, "applicant");

		assertThat(procedure.status(DEADLINE)).isEqualTo(WithdrawalStatus.AWAITING_DECISION);
		assertThatNoException().isThrownBy(() -> procedure.requireDecidable(DEADLINE));
		assertThatThrownBy(() -> procedure.recordObservations("Encore.", List.of(), NOW, DEADLINE, "applicant"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("déjà été reçues");
	}

	@Test
	void afterTheDeadlineObservationsAreLateAndTheDecisionIsDue() {
		WithdrawalProcedure procedure = opened();
		LocalDate dayAfter = DEADLINE.plusDays(1);

		assertThat(procedure.status(DEADLINE)).isEqualTo(WithdrawalStatus.AWAITING_OBSERVATIONS);
		assertThat(procedure.status(dayAfter)).isEqualTo(WithdrawalStatus.AWAITING_DECISION);
		assertThatThrownBy(() -> procedure.recordObservations("Trop tard.", List.of(), NOW, dayAfter, "applicant"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Le délai pour présenter des observations a expiré le 17 novembre 2026.");
		assertThatNoException().isThrownBy(() -> procedure.requireDecidable(dayAfter));
	}

	@Test
	void aDecidedProcedureIsClosedAndCannotBeDecidedAgain() {
		WithdrawalProcedure procedure = opened();
		LocalDate dayAfter = DEADLINE.plusDays(1);

		procedure.decide(WithdrawalDecision.DROPPED, "Faits non établis.", NOW, "officer");

		assertThat(procedure.status(dayAfter)).isEqualTo(WithdrawalStatus.DECIDED);
		assertThat(procedure.view("DLE-2026-0001", dayAfter).outcome()).isEqualTo(WithdrawalOutcome.DROP);
		assertThatThrownBy(() -> procedure.requireDecidable(dayAfter)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("déjà été décidée");
	}

	@Test
	void theWithdrawnAmountIsFirstReleasedFromWhatRemainsToPayThenRecoveredFromWhatWasPaid() {
		DossierMoney money = new DossierMoney(euros("5000"), euros("0"), euros("2500"), euros("0"));

		WithdrawalDecision partial = WithdrawalDecision.of(WithdrawalOutcome.WITHDRAW_PARTIAL, euros("4000.01"), money);

		assertThat(partial.released()).isEqualByComparingTo("2500.00");
		assertThat(partial.recovered()).isEqualByComparingTo("1500.01");
		assertThat(partial.ordersARecovery()).isTrue();
	}

	@Test
	void aWithdrawalWithinWhatRemainsToPayRecoversNothing() {
		DossierMoney money = new DossierMoney(euros("5000"), euros("0"), euros("1000"), euros("0"));

		WithdrawalDecision partial = WithdrawalDecision.of(WithdrawalOutcome.WITHDRAW_PARTIAL, euros("3000"), money);

		assertThat(partial.released()).isEqualByComparingTo("3000.00");
		assertThat(partial.recovered()).isEqualByComparingTo("0.00");
		assertThat(partial.ordersARecovery()).isFalse();
	}

	@Test
	void theGrantInForceLeavesOutWhatWasReleasedOrAlreadyRecovered() {
		DossierMoney money = new DossierMoney(euros("5000"), euros("500"), euros("3000"), euros("400"));

		assertThat(WithdrawalDecision.grantInForce(money)).isEqualByComparingTo("4100.00");
		WithdrawalDecision full = WithdrawalDecision.of(WithdrawalOutcome.WITHDRAW_FULL,
				WithdrawalDecision.grantInForce(money), money);
		assertThat(full.released()).isEqualByComparingTo("1500.00");
		assertThat(full.recovered()).isEqualByComparingTo("2600.00");
	}

	private static BigDecimal euros(String amount) {
		return new BigDecimal(amount);
	}

}
