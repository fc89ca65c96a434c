package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.UUID;

/**
 * How a grant's payments are expected to spread over budget years (the schedule of crédits de paiement). The ledger
 * asks it at each engagement; the module that knows how each scheme pays implements it.
 */
public interface PaymentPlanning {

	/**
	 * The payments expected for a grant decided on {@code decisionDate}, per budget year: no year before the
	 * decision's, every amount positive, the sum equal to the amount granted.
	 */
	SortedMap<Integer, BigDecimal> expectedPayments(UUID dossierId, LocalDate decisionDate, BigDecimal amount);

}
