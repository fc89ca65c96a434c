package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * When an envelope's engagements are paid: per budget year, what the grants planned, what was paid, and what is
 * still expected from {@code asOf}'s year on (crédits de paiement). Beside it, what the same scheme's envelopes of
 * earlier years still have to pay.
 *
 * @param earlierEnvelopesRemainingToPay remaining to pay on the engagements of the scheme's earlier envelopes
 */
public record PaymentScheduleView(UUID envelopeId, AidScheme scheme, int year, LocalDate asOf, BigDecimal engaged,
		BigDecimal released, BigDecimal paid, BigDecimal remainingToPay, List<Year> years, List<Grant> grants,
		BigDecimal earlierEnvelopesRemainingToPay) {

	/**
	 * One budget year.
	 *
	 * @param planned planned at the grants for that year
	 * @param paid paid during that year
	 * @param expected still expected that year (zero for past years): what remains to pay, spread over the plan
	 */
	public record Year(int year, BigDecimal planned, BigDecimal paid, BigDecimal expected) {
	}

	/** One engagement of the envelope and its plan, payments and expected payments per year. */
	public record Grant(UUID dossierId, BigDecimal engaged, BigDecimal released, BigDecimal paid,
			BigDecimal remainingToPay, SortedMap<Integer, BigDecimal> planned, SortedMap<Integer, BigDecimal> paidByYear,
			SortedMap<Integer, BigDecimal> expected) {
	}

}
