package fr.metropolerouen.guichetess.committee;

/**
 * Where a session stands: planned (agenda being built), held (members present recorded, decisions recorded and still
 * correctable), closed (decisions numbered, in effect, minutes written; nothing changes any more).
 */
public enum SessionStatus {

	PLANNED("Prévue"), HELD("Tenue"), CLOSED("Close");

	private final String frenchLabel;

	SessionStatus(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
