package fr.metropolerouen.guichetess.envelope;

/**
 * The entry a movement wrote, or found already written by the same request before ({@code replayed}): a replay
 * changes nothing and answers what the first request got.
 */
public record RecordedEntry(LedgerEntryView entry, boolean replayed) {
}
