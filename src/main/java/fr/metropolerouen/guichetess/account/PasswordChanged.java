package fr.metropolerouen.guichetess.account;

import java.time.Instant;

/** A user changed their own password (published for the audit trail; the password itself never leaves). */
public record PasswordChanged(String username, Instant at) {
}
