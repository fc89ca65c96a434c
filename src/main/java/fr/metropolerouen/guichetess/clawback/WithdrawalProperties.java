package fr.metropolerouen.guichetess.clawback;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of withdrawal procedures ({@code guichet.withdrawal}): the period the beneficiary has to present its
 * observations when the officer gives none (RULES §7: 15 days, a default the Métropole may change).
 */
@ConfigurationProperties("guichet.withdrawal")
record WithdrawalProperties(@DefaultValue("P15D") Period observationPeriod) {
}
