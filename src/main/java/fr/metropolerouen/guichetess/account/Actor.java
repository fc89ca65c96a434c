package fr.metropolerouen.guichetess.account;

import java.util.UUID;

/**
 * Who performs an action: recorded on every state change. {@code organisationId} is set for applicants only.
 */
public record Actor(String username, Role role, UUID organisationId) {

	public static final Actor SYSTEM = new Actor("systeme", Role.SYSTEM, null);

	public boolean isApplicant() {
		return role == Role.APPLICANT;
	}

	/** Whether this actor may see the data of the given organisation. */
	public boolean canSee(UUID organisation) {
		return role.isStaff() || (organisationId != null && organisationId.equals(organisation));
	}

}
