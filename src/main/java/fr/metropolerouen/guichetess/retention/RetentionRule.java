package fr.metropolerouen.guichetess.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.metropolerouen.guichetess.dossier.DossierStatus;
import org.springframework.stereotype.Component;

/**
 * Which ended dossiers keep their personal data how long. A dossier still open, or granted and still being paid
 * (money left to track), is never due: only the final statuses are listed here.
 */
@Component
class RetentionRule {

	/** Ended without any money: the applicant's data serve only a possible dispute about the refusal. */
	static final Set<DossierStatus> WITHOUT_GRANT = EnumSet.of(DossierStatus.REFUSED, DossierStatus.WITHDRAWN,
			DossierStatus.CLOSED_WITHOUT_FOLLOW_UP);

	/** Ended after a grant: paid and closed, lapsed, or withdrawn; the payments' proofs are public accounts. */
	static final Set<DossierStatus> WITH_GRANT = EnumSet.of(DossierStatus.CLOSED, DossierStatus.LAPSED,
			DossierStatus.GRANT_WITHDRAWN);

	private final RetentionProperties properties;

	private final Clock clock;

	RetentionRule(RetentionProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** One class of dossiers, the period it keeps its data, and the last act before which it is due today. */
	record Category(Set<DossierStatus> statuses, Period period, Instant endedBefore) {
	}

	List<Category> categoriesToday() {
		return List.of(category(WITHOUT_GRANT, properties.withoutGrant()),
				category(WITH_GRANT, properties.withGrant()));
	}

	private Category category(Set<DossierStatus> statuses, Period period) {
		Instant endedBefore = ZonedDateTime.now(clock.withZone(properties.zone())).minus(period).toInstant();
		return new Category(statuses, period, endedBefore);
	}

}
