package fr.metropolerouen.guichetess.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboundMailRepository extends JpaRepository<OutboundMail, UUID> {

	boolean existsByDedupKey(String dedupKey);

	@Query("select m.id from OutboundMail m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.createdAt")
	List<UUID> findDue(Instant now, Limit limit);

	/** Claims a due mail for one dispatcher: of two dispatchers racing for it, only one updates the row. */
	@Modifying
	@Query("""
			update OutboundMail m set m.status = 'SENDING', m.attempts = m.attempts + 1, m.nextAttemptAt = :reclaimAfter
			where m.id = :id and m.status = 'PENDING' and m.nextAttemptAt <= :now""")
	int claim(UUID id, Instant now, Instant reclaimAfter);

	@Modifying
	@Query("update OutboundMail m set m.status = 'SENT', m.sentAt = :now, m.lastError = null where m.id = :id")
	void markSent(UUID id, Instant now);

	@Modifying
	@Query("update OutboundMail m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error where m.id = :id")
	void markFailedAttempt(UUID id, MailStatus status, Instant next, String error);

	/** Mails left "sending" by a node that stopped mid-way go back to the queue. */
	@Modifying
	@Query("update OutboundMail m set m.status = 'PENDING' where m.status = 'SENDING' and m.nextAttemptAt <= :now")
	int releaseAbandoned(Instant now);

	long countByStatus(MailStatus status);

	/** How many mails are in each state: rows of (status, count), for health and metrics. */
	@Query("select m.status, count(m) from OutboundMail m group by m.status")
	List<Object[]> countPerStatus();

	/** When the oldest mail still waiting to go out (pending or being sent) was queued; null when none waits. */
	@Query("select min(m.createdAt) from OutboundMail m where m.status = 'PENDING' or m.status = 'SENDING'")
	Instant oldestWaitingSince();

	List<OutboundMail> findByDossierIdOrderByCreatedAt(UUID dossierId);

	List<OutboundMail> findByStatusOrderByCreatedAt(MailStatus status, Limit limit);

	@Modifying
	@Query("delete from OutboundMail m where m.dossierId = :dossierId")
	int deleteByDossier(UUID dossierId);

}
