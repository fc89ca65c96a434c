package fr.metropolerouen.guichetess.committee;

/**
 * The bodies that decide individual grants, each numbering its deliberations with its own prefix: the Bureau
 * métropolitain decides by delegation of the Conseil (B2026-0042).
 */
public enum CommitteeBody {

	BUREAU_METROPOLITAIN("Bureau métropolitain", "B");

	private final String frenchName;

	private final String deliberationPrefix;

	CommitteeBody(String frenchName, String deliberationPrefix) {
		this.frenchName = frenchName;
		this.deliberationPrefix = deliberationPrefix;
	}

	public String frenchName() {
		return frenchName;
	}

	String deliberationPrefix() {
		return deliberationPrefix;
	}

}
