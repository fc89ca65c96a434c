package fr.metropolerouen.guichetess.account;

import java.util.UUID;

/** An account as other modules and the API see it (never the password hash). */
public record AccountView(UUID id, String username, String email, Role role, UUID organisationId) {
}
