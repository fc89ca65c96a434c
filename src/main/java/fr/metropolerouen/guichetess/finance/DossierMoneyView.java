package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * A dossier's money as finance follows it: engaged, released, paid, recovered, what remains to pay and what the
 * beneficiary keeps, the payments planned per year at the grant, and every ledger entry of the dossier.
 */
record DossierMoneyView(UUID dossierId, String reference, AidScheme scheme, String beneficiary, String siret,
		BigDecimal engaged, BigDecimal released, BigDecimal paid, BigDecimal recovered, BigDecimal remainingToPay,
		BigDecimal netPaid, SortedMap<Integer, BigDecimal> plannedPayments, List<LedgerLine> entries) {
}
