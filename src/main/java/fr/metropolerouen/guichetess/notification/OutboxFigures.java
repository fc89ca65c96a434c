package fr.metropolerouen.guichetess.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The state of the mail outbox, counted by SQL: what the outbox health indicator and metrics report. */
@Component
class OutboxFigures {

	private final OutboundMailRepository mails;

	private final Clock clock;

	OutboxFigures(OutboundMailRepository mails, Clock clock) {
		this.mails = mails;
		this.clock = clock;
	}

	/** The number of mails in each state, every state present (zero when none). */
	@Transactional(readOnly = true)
	Map<MailStatus, Long> countPerStatus() {
		Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
		for (MailStatus status : MailStatus.values()) {
			counts.put(status, 0L);
		}
		for (Object[] row : mails.countPerStatus()) {
			counts.put((MailStatus) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	/** How long the oldest mail still waiting to go out has been waiting; zero when none waits. */
	@Transactional(readOnly = true)
	Duration oldestWaitingAge() {
		Instant since = mails.oldestWaitingSince();
		return since == null ? Duration.ZERO : Duration.between(since, clock.instant());
	}

}
