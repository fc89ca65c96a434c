package fr.metropolerouen.guichetess.lapse;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long before a deadline the beneficiary is warned ({@code guichet.deadlines.lapse-warning}); the deadlines
 * themselves are parameters of the rule-set versions.
 */
@ConfigurationProperties("guichet.deadlines")
record LapseProperties(@DefaultValue("P1M") Period lapseWarning) {

	LapseProperties {
		if (lapseWarning.isNegative() || lapseWarning.isZero()) {
			throw new IllegalStateException("The warning before a lapse must come before the deadline");
		}
	}

}
