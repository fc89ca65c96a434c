package fr.metropolerouen.guichetess.security;

import java.nio.charset.StandardCharsets;

/** One generated request: its kind (for the failure message), path, content type and body. */
record FuzzRequest(String kind, String path, String contentType, byte[] body) {

	@Override
	public String toString() {
		String text = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
		return kind + " " + path + " [" + contentType + "] " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
	}

}
