package fr.metropolerouen.guichetess.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The two tables of the chain: {@code audit_entry} and its single-row head, {@code audit_chain_head} (last position
 * and hash). Plain JDBC, so that the application, the migration that sealed the older timeline and the tests read
 * and write rows the same way.
 */
class AuditEntries {

	private static final String COLUMNS = """
			position, occurred_at, actor, actor_role, subject_type, subject_id, action, before_state, after_state,
			details, details_digest, previous_hash, hash""";

	private final JdbcOperations jdbc;

	private final NamedParameterJdbcTemplate named;

	AuditEntries(JdbcOperations jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * Locks the head of the chain until the end of the transaction: writers of all nodes append one after the
	 * other, each after the last committed entry, so positions have no gap and each link is the previous hash.
	 */
	Head lockHead() {
		return jdbc.queryForObject("select position, hash from audit_chain_head where id = 1 for update", Head::read);
	}

	Head head() {
		return jdbc.queryForObject("select position, hash from audit_chain_head where id = 1", Head::read);
	}

	private void append(ChainedEntry entry) {
		jdbc.update("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entry.position(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(),
				entry.actorRole(), entry.subjectType(), entry.subjectId(), entry.action(), entry.before(),
				entry.after(), entry.details(), entry.detailsDigest(), entry.previousHash(), entry.hash());
	}

	private void moveHead(ChainedEntry last) {
		jdbc.update("update audit_chain_head set position = ?, hash = ? where id = 1", last.position(), last.hash());
	}

	/**
	 * Seals records after the locked head and inserts them in JDBC batches, then moves the head once: the same chain
	 * as {@link Appender}, for loading many entries at once (generated volume) without a round trip per entry.
	 */
	void appendBatch(Head head, List<AuditRecord> records) {
		List<ChainedEntry> sealed = new ArrayList<>(records.size());
		long position = head.position();
		String previousHash = head.hash();
		for (AuditRecord record : records) {
			ChainedEntry entry = ChainedEntry.seal(++position, record, previousHash);
			sealed.add(entry);
			previousHash = entry.hash();
		}
		if (sealed.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				sealed, 1000, AuditEntries::bind);
		moveHead(sealed.get(sealed.size() - 1));
	}

	private static void bind(PreparedStatement statement, ChainedEntry entry) throws SQLException {
		statement.setLong(1, entry.position());
		statement.setObject(2, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
		String[] texts = { entry.actor(), entry.actorRole(), entry.subjectType(), entry.subjectId(), entry.action(),
				entry.before(), entry.after(), entry.details(), entry.detailsDigest(), entry.previousHash(),
				entry.hash() };
		for (int i = 0; i < texts.length; i++) {
			// typed nulls: asking the driver for the parameter's type costs a round trip per null on PostgreSQL
			if (texts[i] == null) {
				statement.setNull(3 + i, Types.VARCHAR);
			}
			else {
				statement.setString(3 + i, texts[i]);
			}
		}
	}

	/** Appends entries one after the other from this head, which the caller holds (locked or alone). */
	Appender appendAfter(Head head) {
		return new Appender(head);
	}

	/** At most {@code limit} entries after {@code position}, up to {@code lastPosition}, in chain order. */
	List<ChainedEntry> page(long position, long lastPosition, int limit) {
		return jdbc.query("select " + COLUMNS + " from audit_entry where position > ? and position <= ?"
				+ " order by position fetch first " + limit + " rows only", AuditEntries::read, position,
				lastPosition);
	}

	List<ChainedEntry> ofSubject(String subjectType, String subjectId) {
		return jdbc.query("select " + COLUMNS + " from audit_entry where subject_type = ? and subject_id = ?"
				+ " order by position", AuditEntries::read, subjectType, subjectId);
	}

	/** Whether an entry after {@code position} records an erasure of the subject's details. */
	boolean erasureRecordedAfter(long position, String subjectType, String subjectId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select count(*) > 0 from audit_entry
				where position > ? and subject_type = ? and subject_id = ? and action = ?""", Boolean.class,
				position, subjectType, subjectId, AuditTrail.DETAILS_ERASED));
	}

	/** Empties the details of the subject's entries of these actions; their digests stay. */
	int eraseDetails(String subjectType, String subjectId, Collection<String> actions) {
		return named.update("""
				update audit_entry set details = null
				where subject_type = :type and subject_id = :id and action in (:actions) and details is not null""",
				new MapSqlParameterSource().addValue("type", subjectType)
					.addValue("id", subjectId)
					.addValue("actions", actions));
	}

	private static ChainedEntry read(ResultSet row, int number) throws SQLException {
		return new ChainedEntry(row.getLong("position"),
				row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
				row.getString("actor_role"), row.getString("subject_type"), row.getString("subject_id"),
				row.getString("action"), row.getString("before_state"), row.getString("after_state"),
				row.getString("details"), row.getString("details_digest"), row.getString("previous_hash"),
				row.getString("hash"));
	}

	/** Seals and inserts entries after a head, then moves the head once to the last of them. */
	final class Appender {

		private ChainedEntry last;

		private long position;

		private String previousHash;

		private Appender(Head head) {
			this.position = head.position();
			this.previousHash = head.hash();
		}

		void append(AuditRecord record) {
			last = ChainedEntry.seal(++position, record, previousHash);
			AuditEntries.this.append(last);
			previousHash = last.hash();
		}

		void finish() {
			if (last != null) {
				moveHead(last);
			}
		}

	}

	/** The last position of the chain and its hash (0 and {@link ChainedEntry#GENESIS} while it is empty). */
	record Head(long position, String hash) {

		static Head read(ResultSet row, int number) throws SQLException {
			return new Head(row.getLong("position"), row.getString("hash"));
		}

	}

}
