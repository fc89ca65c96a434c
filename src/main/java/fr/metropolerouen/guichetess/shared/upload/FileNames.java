package fr.metropolerouen.guichetess.shared.upload;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a sent file keeps for display and download. It is never used to store the file (the store names files
 * after their SHA-256), but it travels back in a Content-Disposition header, in pages, letters and mails, and is
 * saved by users on their own disks: so it holds no path, no invisible or direction-changing character, no
 * character Windows refuses, no name Windows reserves, and it ends with the extension of what the file really is.
 */
public final class FileNames {

	static final int MAX_LENGTH = 120;

	/** Control characters, and format characters: bidirectional overrides (U+202E…), zero-width characters. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

	private static final Pattern FORBIDDEN_ON_WINDOWS = Pattern.compile("[<>:\"|?*]");

	private static final Pattern RESERVED_ON_WINDOWS = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

	private FileNames() {
	}

	/**
	 * @param original the name the client sent, possibly null
	 * @param format what the content was recognised as: its extension is added when the name lacks it
	 * @param fallback the base name to use when nothing is left of the original one (e.g. "piece")
	 */
	public static String safe(String original, FileFormat format, String fallback) {
		String name = baseName(original == null ? "" : original);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		name = INVISIBLE.matcher(name).replaceAll("");
		name = FORBIDDEN_ON_WINDOWS.matcher(name).replaceAll("_");
		name = name.strip().replaceAll("\\s+", " ");
		name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
		if (name.isEmpty()) {
			name = fallback;
		}
		if (RESERVED_ON_WINDOWS.matcher(name).matches()) {
			name = "_" + name;
		}
		return withExtension(name, format);
	}

	private static String baseName(String name) {
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

	private static String withExtension(String name, FileFormat format) {
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		String stem = name;
		String suffix = "";
		if (format.extensions().contains(extension)) {
			stem = name.substring(0, dot);
			suffix = name.substring(dot);
		}
		else {
			suffix = "." + format.extensions().get(0);
		}
		int room = MAX_LENGTH - suffix.length();
		if (stem.codePointCount(0, stem.length()) > room) {
			stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
		}
		return stem + suffix;
	}

}
