package fr.metropolerouen.guichetess.dossier;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.audit.AuditSubjects;
import fr.metropolerouen.guichetess.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a dossier's life (GDPR): which ended dossiers have outlived their retention period, and the erasure of
 * their personal data. The retention module decides the periods; this module owns the rows it erases.
 * <p>
 * A dossier's retention runs from its last act (the last entry of its timeline, at the earliest its closing), so a
 * message or a recovery after the end starts the period again. The purge anonymises: the row, its amounts, dates,
 * statuses, decision, letters, the signed grant agreement ({@link ArchivedDocuments}) and the ledger stay for public
 * accounts and statistics; the other documents, messages and the free text people wrote go. The other modules erase
 * their part when they hear {@link DossierEvents.PersonalDataPurging}.
 */
@Service
public class DossierRetention {

	/**
	 * Timeline entries whose details hold personal data: text written by people (requests to the applicant,
	 * opinions), file names, the address a letter was mailed to. The entries stay (who, when, what); their details go.
	 */
	private static final List<String> ACTIONS_WITH_PERSONAL_DETAILS = List.of(TimelineAction.DOCUMENT_ADDED,
			TimelineAction.COMPLETENESS_CONFIRMED, TimelineAction.DOCUMENTS_REQUESTED,
			TimelineAction.INELIGIBILITY_CONFIRMED, TimelineAction.INELIGIBILITY_OVERRIDDEN, TimelineAction.REVIEWED,
			TimelineAction.WITHDRAWAL_OBSERVATIONS_RECEIVED, TimelineAction.LETTER_SENT)
		.stream()
		.map(Enum::name)
		.toList();

	/** Ended, not yet purged, and nothing recorded on it since the limit. */
	private static final String RETENTION_ENDED = """
			d.purged_at is null and d.status in (:statuses) and d.closed_at < :endedBefore
			and not exists (select 1 from dossier_timeline t where t.dossier_id = d.id and t.occurred_at >= :endedBefore)
			""";

	private final EntityManager entityManager;

	private final DossierJournal journal;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SupportingDocumentRepository documents;

	private final List<ArchivedDocuments> archives;

	private final AuditTrail auditTrail;

	DossierRetention(EntityManager entityManager, DossierJournal journal, ApplicationEventPublisher events,
			Clock clock, SupportingDocumentRepository documents, List<ArchivedDocuments> archives,
			AuditTrail auditTrail) {
		this.entityManager = entityManager;
		this.auditTrail = auditTrail;
		this.documents = documents;
		this.archives = archives;
		this.journal = journal;
		this.events = events;
		this.clock = clock;
	}

	/** Dossiers in one of these statuses whose last act is older than the limit, the oldest first. */
	@Transactional(readOnly = true)
	public List<DueDossier> dueForPurge(Collection<DossierStatus> statuses, Instant endedBefore, int limit) {
		List<?> rows = entityManager.createNativeQuery("""
				select d.id, d.reference, d.status,
				       (select max(t.occurred_at) from dossier_timeline t where t.dossier_id = d.id) as last_act,
				       d.closed_at
				from dossier d where""" + " " + RETENTION_ENDED + " order by d.closed_at, d.id")
			.setParameter("statuses", statuses.stream().map(Enum::name).toList())
			.setParameter("endedBefore", endedBefore)
			.setMaxResults(limit)
			.getResultList();
		return rows.stream().map(Object[].class::cast).map(DossierRetention::dueDossier).toList();
	}

	/**
	 * Erases the personal data of one dossier in its own transaction, if it is still due: the conditional update
	 * that claims it lets only one of two concurrent purges (two nodes) go on, the other finds nothing to do.
	 * Returns the storage keys of the documents erased, for their files to be deleted once this transaction has
	 * committed (a file may be shared by another dossier: the caller checks).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<PurgedDossier> purge(UUID dossierId, Collection<DossierStatus> statuses, Instant endedBefore) {
		Instant now = clock.instant();
		int claimed = entityManager.createNativeQuery("""
				update dossier d set purged_at = :now, version = version + 1,
				       missing_documents_message = null, eligibility_justification = null,
				       review_opinion = null, review_justification = null
				where d.id = :id and""" + " " + RETENTION_ENDED)
			.setParameter("now", now)
			.setParameter("id", dossierId)
			.setParameter("statuses", statuses.stream().map(Enum::name).toList())
			.setParameter("endedBefore", endedBefore)
			.executeUpdate();
		if (claimed == 0) {
			return Optional.empty();
		}
		Set<UUID> kept = new HashSet<>();
		archives.forEach(archive -> kept.addAll(archive.archivedDocumentsOf(dossierId)));
		List<SupportingDocument> erased = documents.findByDossierIdOrderByUploadedAt(dossierId)
			.stream()
			.filter(document -> !kept.contains(document.id()))
			.toList();
		// the other modules first drop what points to the documents (payment proofs, observations)
		events.publishEvent(new DossierEvents.PersonalDataPurging(dossierId));
		documents.deleteAllInBatch(erased);
		delete("delete from dossier_message where dossier_id = :id", dossierId);
		entityManager
			.createNativeQuery("update dossier_timeline set details = null where dossier_id = :id and action in (:actions)")
			.setParameter("id", dossierId)
			.setParameter("actions", ACTIONS_WITH_PERSONAL_DETAILS)
			.executeUpdate();
		// the audit chain keeps the digests of these details, so that it still verifies without them
		auditTrail.eraseDetails(now, Actor.SYSTEM, AuditSubjects.DOSSIER, dossierId, ACTIONS_WITH_PERSONAL_DETAILS);
		journal.record(dossierId, Actor.SYSTEM, TimelineAction.PERSONAL_DATA_PURGED,
				"Pièces, messages et textes libres effacés ; montants, décision, courriers et écritures conservés.");
		String reference = (String) entityManager.createNativeQuery("select reference from dossier where id = :id")
			.setParameter("id", dossierId)
			.getSingleResult();
		return Optional.of(new PurgedDossier(dossierId, reference,
				erased.stream().map(SupportingDocument::sha256).distinct().toList()));
	}

	private void delete(String statement, UUID dossierId) {
		entityManager.createNativeQuery(statement).setParameter("id", dossierId).executeUpdate();
	}

	private static DueDossier dueDossier(Object[] row) {
		return new DueDossier(toUuid(row[0]), (String) row[1], DossierStatus.valueOf((String) row[2]),
				toInstant(row[3] != null ? row[3] : row[4]));
	}

	/** A uuid column read by a native query: a UUID on PostgreSQL, its 16 bytes on H2. */
	private static UUID toUuid(Object value) {
		if (value instanceof byte[] bytes) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			return new UUID(buffer.getLong(), buffer.getLong());
		}
		return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
	}

	private static Instant toInstant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("Unexpected timestamp " + value.getClass());
	}

	/** A dossier whose retention has ended: {@code lastActAt} is when its retention period started. */
	public record DueDossier(UUID id, String reference, DossierStatus status, Instant lastActAt) {
	}

	/** A dossier just purged, and the storage keys of the documents it no longer has. */
	public record PurgedDossier(UUID id, String reference, List<String> fileKeys) {
	}

}
