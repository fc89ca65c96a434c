package fr.metropolerouen.guichetess.account;

import java.io.Serializable;
import java.util.UUID;

/**
 * An account as other modules and the API see it (never the password hash). Serializable: it travels in the web
 * session, which is stored in the database.
 */
public record AccountView(UUID id, String username, String email, Role role, UUID organisationId) implements Serializable {
}
