package fr.metropolerouen.guichetess.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats accepted for supporting documents, recognised by their first bytes rather than by the name or
 * the type the browser declares.
 */
enum FileKind {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	private final String contentType;

	private final byte[] signature;

	FileKind(String contentType, byte[] signature) {
		this.contentType = contentType;
		this.signature = signature;
	}

	String contentType() {
		return contentType;
	}

	static Optional<FileKind> recognise(byte[] content) {
		return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
	}

	private boolean matches(byte[] content) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

}
