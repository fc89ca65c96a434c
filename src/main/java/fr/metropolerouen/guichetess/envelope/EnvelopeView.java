package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * An envelope's figures, all derived from its ledger: {@code available = allocated − engaged + released},
 * {@code remainingToPay = engaged − released − paid}; {@code recovered} is what beneficiaries were asked to pay back.
 */
public record EnvelopeView(UUID id, AidScheme scheme, int year, BigDecimal allocated, BigDecimal engaged,
		BigDecimal released, BigDecimal paid, BigDecimal available, BigDecimal remainingToPay, BigDecimal recovered) {
}
