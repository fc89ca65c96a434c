package fr.metropolerouen.guichetess.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainedEntryTests {

	private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456789Z");

	private static AuditRecord record(String actor, String action, String details) {
		return new AuditRecord(AT, actor, "OFFICER", "DOSSIER", "d-1", action, "SUBMITTED", "UNDER_REVIEW", details);
	}

	@Test
	void eachEntryCarriesThePreviousHashAndAHashOfItsOwnFields() {
		ChainedEntry first = ChainedEntry.seal(1, record("officer", "REVIEWED", "avis favorable"), ChainedEntry.GENESIS);
		ChainedEntry second = ChainedEntry.seal(2, record("officer", "REVIEWED", "avis favorable"), first.hash());

		assertThat(first.hash()).hasSize(64).isEqualTo(first.computedHash()).isNotEqualTo(second.hash());
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(first.detailsDigest()).isEqualTo(ChainedEntry.sha256("avis favorable"));
		assertThat(first.occurredAt()).as("sealed as the database keeps it")
			.isEqualTo(Instant.parse("2026-03-02T09:15:30.123456Z"));
	}

	@Test
	void textMovedFromOneFieldToTheNextChangesTheHash() {
		// "ab" + "c" and "a" + "bc" must not serialise alike, nor an empty text like a missing one
		String split = ChainedEntry.seal(1, record("ab", "c", null), ChainedEntry.GENESIS).hash();
		String shifted = ChainedEntry.seal(1, record("a", "bc", null), ChainedEntry.GENESIS).hash();
		String empty = ChainedEntry.seal(1, record("a", "bc", ""), ChainedEntry.GENESIS).hash();

		assertThat(split).isNotEqualTo(shifted);
		assertThat(empty).isNotEqualTo(shifted);
	}

	@Test
	void emptyingTheDetailsKeepsTheHashWhileAnyOtherChangeBreaksIt() {
		ChainedEntry sealed = ChainedEntry.seal(7, record("officer", "REVIEWED", "jean@example.org"), "a".repeat(64));
		ChainedEntry purged = new ChainedEntry(7, sealed.occurredAt(), "officer", "OFFICER", "DOSSIER", "d-1",
				"REVIEWED", "SUBMITTED", "UNDER_REVIEW", null, sealed.detailsDigest(), sealed.previousHash(),
				sealed.hash());
		ChainedEntry otherActor = new ChainedEntry(7, sealed.occurredAt(), "admin", "OFFICER", "DOSSIER", "d-1",
				"REVIEWED", "SUBMITTED", "UNDER_REVIEW", sealed.details(), sealed.detailsDigest(),
				sealed.previousHash(), sealed.hash());
		ChainedEntry otherDetails = new ChainedEntry(7, sealed.occurredAt(), "officer", "OFFICER", "DOSSIER", "d-1",
				"REVIEWED", "SUBMITTED", "UNDER_REVIEW", "autre@example.org", sealed.detailsDigest(),
				sealed.previousHash(), sealed.hash());

		assertThat(AuditVerification.faultOf(sealed, 6, "a".repeat(64))).isNull();
		assertThat(AuditVerification.faultOf(purged, 6, "a".repeat(64))).isNull();
		assertThat(AuditVerification.faultOf(otherActor, 6, "a".repeat(64))).isEqualTo(ChainFault.ALTERED_ENTRY);
		assertThat(AuditVerification.faultOf(otherDetails, 6, "a".repeat(64))).isEqualTo(ChainFault.ALTERED_DETAILS);
		assertThat(AuditVerification.faultOf(sealed, 6, "b".repeat(64))).isEqualTo(ChainFault.BROKEN_LINK);
		assertThat(AuditVerification.faultOf(sealed, 5, "a".repeat(64))).isEqualTo(ChainFault.MISSING_ENTRY);
	}

}
