package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Role;

/** A message of a dossier's exchange between its applicant and the officers. */
public record MessageView(UUID id, Instant sentAt, String author, Role authorRole, String authorRoleLabel,
		String body) {

	public boolean fromApplicant() {
		return authorRole == Role.APPLICANT;
	}

}
