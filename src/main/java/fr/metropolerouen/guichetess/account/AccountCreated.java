package fr.metropolerouen.guichetess.account;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that opens an account (the audit trail records it; the account module cannot call
 * the audit module, which depends on it). {@code organisationId} is set for applicants only.
 */
public record AccountCreated(Instant at, String username, Role role, UUID organisationId) {
}
