package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * What committees may engage in a budget year, beside what the envelopes still have, so that finance sees a shortfall
 * before the committee meets.
 */
record ForecastView(int year, LocalDate asOf, List<SchemeForecast> schemes) {

	/**
	 * One scheme's forecast.
	 *
	 * @param envelopeOpen false when no envelope is open for the year: every amount is then a shortfall
	 * @param onAgenda dossiers on the agenda of a session of the year not closed yet, at the amount the officer proposed
	 *        (or the amount granted, for a grant recorded but not yet in effect)
	 * @param awaitingCommittee reviewed dossiers not yet on an agenda, at the amount proposed (current year only)
	 * @param underReview dossiers still in instruction, at the amount proposed, else suggested by the rules, else
	 *        requested (current year only)
	 * @param agendaShortfall what the agendas propose beyond what is available
	 * @param shortfall what all dossiers in progress would need beyond what is available
	 * @param paymentsExpected payments expected during the year on all of the scheme's engagements (crédits de
	 *        paiement to provide)
	 * @param earlierEnvelopesRemainingToPay remaining to pay on the engagements of earlier years
	 * @param warning in French, when the agendas would over-commit the envelope
	 */
	record SchemeForecast(AidScheme scheme, String schemeName, boolean envelopeOpen, BigDecimal allocated,
			BigDecimal available, Pipeline onAgenda, Pipeline awaitingCommittee, Pipeline underReview,
			BigDecimal availableAfterAgenda, BigDecimal agendaShortfall, BigDecimal shortfall,
			BigDecimal paymentsExpected, BigDecimal earlierEnvelopesRemainingToPay, String warning) {
	}

	/** Dossiers at one stage, their number, their amounts' sum and their references. */
	record Pipeline(int dossiers, BigDecimal amount, List<String> references) {
	}

}
