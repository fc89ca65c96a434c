package fr.metropolerouen.guichetess.payment;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Assumptions of the payment schedule planned at each grant ({@code guichet.payment-plan}).
 *
 * @param worksDuration how long Immobilier works last from their start: the grant is expected to be paid, on the
 *        final invoices, in the year they end
 * @param rentAidMonths how many months of rent a Location grant covers (the aid is computed on the first three years)
 */
@ConfigurationProperties("guichet.payment-plan")
record PaymentPlanProperties(@DefaultValue("P24M") Period worksDuration, @DefaultValue("36") int rentAidMonths) {
}
