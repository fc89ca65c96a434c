package fr.metropolerouen.guichetess.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.metropolerouen.guichetess.shared.FileStore;

/**
 * One entry of the chain as stored, and the only place where its hash is computed (by the writer, the migration that
 * sealed the older timeline and the verification alike). The hash covers a canonical serialisation of every field
 * but the details themselves, replaced by their digest so that the purge of personal data keeps the chain valid:
 * each field is written as its UTF-8 byte length, a colon and its bytes (or a dash for null), so that no two
 * different entries serialise the same, whatever their text holds.
 */
record ChainedEntry(long position, Instant occurredAt, String actor, String actorRole, String subjectType,
		String subjectId, String action, String before, String after, String details, String detailsDigest,
		String previousHash, String hash) {

	/** The previous hash of the very first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final String FORMAT = "guichet-ess-audit-v1";

	/** The next entry of the chain after {@code previousHash}, with its hash. */
	static ChainedEntry seal(long position, AuditRecord record, String previousHash) {
		Instant at = storedInstant(record.occurredAt());
		String digest = record.details() == null ? null : sha256(record.details());
		ChainedEntry unsealed = new ChainedEntry(position, at, record.actor(), record.actorRole(),
				record.subjectType(), record.subjectId(), record.action(), record.before(), record.after(),
				record.details(), digest, previousHash, null);
		return unsealed.withHash(unsealed.computedHash());
	}

	/** What the database keeps of an instant (microseconds): the hash must cover what is read back. */
	static Instant storedInstant(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	String computedHash() {
		ByteArrayOutputStream canonical = new ByteArrayOutputStream();
		for (String field : new String[] { FORMAT, Long.toString(position), Long.toString(micros(occurredAt)), actor,
				actorRole, subjectType, subjectId, action, before, after, detailsDigest, previousHash }) {
			if (field == null) {
				canonical.write('-');
			}
			else {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				canonical.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				canonical.writeBytes(bytes);
			}
		}
		return FileStore.sha256(canonical.toByteArray());
	}

	private ChainedEntry withHash(String value) {
		return new ChainedEntry(position, occurredAt, actor, actorRole, subjectType, subjectId, action, before, after,
				details, detailsDigest, previousHash, value);
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	static String sha256(String text) {
		return FileStore.sha256(text.getBytes(StandardCharsets.UTF_8));
	}

}
