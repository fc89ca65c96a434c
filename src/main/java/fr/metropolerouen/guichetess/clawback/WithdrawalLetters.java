package fr.metropolerouen.guichetess.clawback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.AmountInWords;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the letters of a withdrawal procedure say beside the dossier's own values (notice, decision, drop), already
 * formatted in French for the templates. See {@code templates/README.md}.
 */
@Service
@Transactional(readOnly = true)
public class WithdrawalLetters {

	private final WithdrawalProcedures procedures;

	WithdrawalLetters(WithdrawalProcedures procedures) {
		this.procedures = procedures;
	}

	public Content contentOf(UUID procedureId) {
		WithdrawalProcedure procedure = procedures.find(procedureId);
		Map<String, Object> values = new HashMap<>();
		values.put("procedureNumber", procedure.number());
		values.put("withdrawalTrigger", procedure.trigger().frenchLabel());
		values.put("withdrawalFacts", procedure.facts());
		values.put("procedureOpenedOn", date(procedure.openedAt()));
		values.put("observationDeadline", date(procedure.observationDeadline()));
		values.put("observations", procedure.observations());
		values.put("observationsReceivedOn", procedure.observationsAt() == null ? null
				: date(procedure.observationsAt()));
		values.put("withdrawalOutcome", procedure.outcome() == null ? null : procedure.outcome().frenchLabel());
		values.put("isFullWithdrawal", procedure.outcome() == WithdrawalOutcome.WITHDRAW_FULL);
		values.put("withdrawalMotivation", procedure.motivation());
		values.put("withdrawnAmount", euros(procedure.withdrawnAmount()));
		values.put("withdrawnAmountInWords", inWords(procedure.withdrawnAmount()));
		values.put("releasedAmount", euros(procedure.releasedAmount()));
		values.put("releasedAmountInWords", inWords(procedure.releasedAmount()));
		values.put("recoveredAmount", euros(procedure.recoveredAmount()));
		values.put("recoveredAmountInWords", inWords(procedure.recoveredAmount()));
		values.put("hasRecovery", procedure.recoveryOrderReference() != null);
		values.put("recoveryOrderReference", procedure.recoveryOrderReference());
		return new Content(procedure.dossierId(), "R" + procedure.number(), values);
	}

	private static String date(Instant instant) {
		return date(LocalDate.ofInstant(instant, FrenchFormat.ZONE));
	}

	/** A date is never split across two lines of a letter. */
	private static String date(LocalDate date) {
		return FrenchFormat.longDate(date).replace(' ', '\u00A0');
	}

	private static String euros(BigDecimal amount) {
		return amount == null ? null : FrenchFormat.euros(amount);
	}

	private static String inWords(BigDecimal amount) {
		return amount == null ? null : AmountInWords.euros(amount);
	}

	/** The values of a procedure's letter, and the key that makes each letter kind issued once per procedure. */
	public record Content(UUID dossierId, String issueKey, Map<String, Object> values) {
	}

}
