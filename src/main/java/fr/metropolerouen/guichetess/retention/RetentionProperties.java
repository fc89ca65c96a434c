package fr.metropolerouen.guichetess.retention;

import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an ended dossier keeps its personal data ({@code guichet.retention}), counted from its last act.
 *
 * @param withoutGrant dossiers that ended without a grant: refused, withdrawn by the applicant, closed without
 * follow-up
 * @param withGrant dossiers that had a grant: paid and closed, lapsed, withdrawn grant
 * @param batchSize how many dossiers one query of the job takes at a time (each is purged in its own transaction)
 * @param zone where a period's years and months are counted
 */
@ConfigurationProperties("guichet.retention")
record RetentionProperties(Period withoutGrant, Period withGrant, int batchSize, ZoneId zone) {

	RetentionProperties {
		withoutGrant = withoutGrant == null ? Period.ofYears(5) : withoutGrant;
		withGrant = withGrant == null ? Period.ofYears(10) : withGrant;
		batchSize = batchSize <= 0 ? 20 : batchSize;
		zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
	}

}
