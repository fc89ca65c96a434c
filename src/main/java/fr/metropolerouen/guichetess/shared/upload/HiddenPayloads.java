package fr.metropolerouen.guichetess.shared.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A second file carried by a document (a polyglot): a ZIP archive whose directory sits at the end of the bytes, where
 * archive tools look for it whatever comes first, or web markup that a browser or a careless viewer would run. PDFs
 * and images have no reason to contain either; random compressed data matches these signatures about once in
 * several thousand files of the largest allowed size, an acceptable false refusal.
 */
final class HiddenPayloads {

	/** "PK\5\6": the end of a ZIP central directory, within the last 64 KiB + 22 bytes of any ZIP file. */
	private static final byte[] ZIP_DIRECTORY_END = { 'P', 'K', 5, 6 };

	private static final int ZIP_DIRECTORY_END_SEARCH = 65_535 + 22;

	private static final List<String> MARKUP = List.of("<script", "<html", "<!doctype html", "<iframe", "<svg",
			"<object", "<embed", "<?php");

	private HiddenPayloads() {
	}

	static Optional<String> in(byte[] content) {
		if (indexOf(content, ZIP_DIRECTORY_END, Math.max(0, content.length - ZIP_DIRECTORY_END_SEARCH)) >= 0) {
			return Optional.of("contient une archive ZIP cachée derrière le document");
		}
		for (String tag : MARKUP) {
			if (indexOfIgnoringCase(content, tag.getBytes(StandardCharsets.US_ASCII)) >= 0) {
				return Optional.of("contient du code web (« " + tag + " »), qui n'a pas sa place dans "
						+ "un document");
			}
		}
		return Optional.empty();
	}

	private static int indexOf(byte[] content, byte[] pattern, int from) {
		for (int i = from; i <= content.length - pattern.length; i++) {
			if (matchesAt(content, pattern, i, false)) {
				return i;
			}
		}
		return -1;
	}

	private static int indexOfIgnoringCase(byte[] content, byte[] lowerCasePattern) {
		for (int i = 0; i <= content.length - lowerCasePattern.length; i++) {
			if (content[i] == '<' && matchesAt(content, lowerCasePattern, i, true)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean matchesAt(byte[] content, byte[] pattern, int at, boolean ignoreCase) {
		for (int j = 0; j < pattern.length; j++) {
			byte b = content[at + j];
			if (ignoreCase && b >= 'A' && b <= 'Z') {
				b = (byte) (b + ('a' - 'A'));
			}
			if (b != pattern[j]) {
				return false;
			}
		}
		return true;
	}

}
