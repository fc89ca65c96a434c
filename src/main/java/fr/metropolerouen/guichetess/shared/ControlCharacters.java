package fr.metropolerouen.guichetess.shared;

import java.util.regex.Pattern;

/**
 * Invisible control characters that no one types: the C0 controls but tab, line feed and carriage return (which
 * multi-line texts need), DEL and the C1 controls. PostgreSQL refuses U+0000 in text, and the others would travel
 * unseen into letters, mails and exports. Half of a surrogate pair, alone (a JSON escape can carry one), is no
 * character at all: it cannot be written in UTF-8, neither in the database nor in a page.
 */
public final class ControlCharacters {

	private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]"
			+ "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

	/** How a field that contains one is refused, in French. */
	public static final String MESSAGE = "contient un caractère de contrôle invisible ou invalide, non autorisé";

	private ControlCharacters() {
	}

	public static boolean present(String text) {
		return text != null && FORBIDDEN.matcher(text).find();
	}

}
