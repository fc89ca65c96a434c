package fr.metropolerouen.guichetess.audit;

/**
 * The result of a verification of the audit chain.
 *
 * @param checked entries verified, from the first, before the first fault if any
 * @param headPosition the last position of the chain when the verification started
 * @param headHash the hash of the chain's head then: noted elsewhere, it proves later that the chain was not rewritten
 * @param intact whether every entry up to the head verified
 * @param brokenPosition the position of the first entry that does not verify (or that is missing), else null
 * @param fault why it does not verify, else null
 * @param message the verdict, in French
 */
record VerificationReport(long checked, long headPosition, String headHash, boolean intact, Long brokenPosition,
		ChainFault fault, String message) {

	static VerificationReport intact(long checked, AuditEntries.Head head) {
		return new VerificationReport(checked, head.position(), head.hash(), true, null, null,
				"Piste d'audit intègre : " + checked + " entrée(s) vérifiée(s).");
	}

	static VerificationReport broken(long checked, AuditEntries.Head head, long position, ChainFault fault) {
		return new VerificationReport(checked, head.position(), head.hash(), false, position, fault,
				"Piste d'audit altérée à l'entrée n° " + position + " : " + fault.frenchLabel() + ".");
	}

}
