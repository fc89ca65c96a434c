package fr.metropolerouen.guichetess.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Walks the chain from its first entry to the head read at the start, a page at a time (memory stays flat however
 * long the chain), and stops at the first entry that does not verify. Entries appended meanwhile are left to the
 * next verification.
 */
@Service
class AuditVerification {

	static final int PAGE_SIZE = 1000;

	private final AuditEntries entries;

	AuditVerification(AuditEntries entries) {
		this.entries = entries;
	}

	VerificationReport verify() {
		AuditEntries.Head head = entries.head();
		long checked = 0;
		long position = 0;
		String previousHash = ChainedEntry.GENESIS;
		// subjects whose details were emptied, until the record of their erasure is met (a handful at a time)
		Map<String, ChainedEntry> erased = new LinkedHashMap<>();
		List<ChainedEntry> page;
		do {
			page = entries.page(position, head.position(), PAGE_SIZE);
			for (ChainedEntry entry : page) {
				ChainFault fault = faultOf(entry, position, previousHash);
				if (fault != null) {
					return VerificationReport.broken(checked, head, fault == ChainFault.MISSING_ENTRY
							? position + 1 : entry.position(), fault);
				}
				trackErasures(entry, erased);
				checked++;
				position = entry.position();
				previousHash = entry.hash();
			}
		}
		while (page.size() == PAGE_SIZE);
		if (position != head.position() || !previousHash.equals(head.hash())) {
			return VerificationReport.broken(checked, head, position + 1, ChainFault.MISSING_TAIL);
		}
		for (ChainedEntry entry : erased.values()) {
			if (!entries.erasureRecordedAfter(entry.position(), entry.subjectType(), entry.subjectId())) {
				return VerificationReport.broken(checked, head, entry.position(), ChainFault.UNRECORDED_ERASURE);
			}
		}
		return VerificationReport.intact(checked, head);
	}

	/** What is wrong with this entry, read after the one at {@code position} whose hash was {@code previousHash}. */
	static ChainFault faultOf(ChainedEntry entry, long position, String previousHash) {
		if (entry.position() != position + 1) {
			return ChainFault.MISSING_ENTRY;
		}
		if (!entry.hash().equals(entry.computedHash())) {
			return ChainFault.ALTERED_ENTRY;
		}
		if (!entry.previousHash().equals(previousHash)) {
			return ChainFault.BROKEN_LINK;
		}
		if (entry.details() != null
				&& (entry.detailsDigest() == null || !entry.detailsDigest().equals(ChainedEntry.sha256(entry.details())))) {
			return ChainFault.ALTERED_DETAILS;
		}
		return null;
	}

	private static void trackErasures(ChainedEntry entry, Map<String, ChainedEntry> erased) {
		String subject = entry.subjectType() + ":" + entry.subjectId();
		if (entry.details() == null && entry.detailsDigest() != null) {
			erased.putIfAbsent(subject, entry);
		}
		else if (AuditTrail.DETAILS_ERASED.equals(entry.action())) {
			erased.remove(subject);
		}
	}

}
