package fr.metropolerouen.guichetess.scheme;

/** A kind of supporting document, by its stable code and its French label. */
public record DocumentType(String code, String label) {
}
