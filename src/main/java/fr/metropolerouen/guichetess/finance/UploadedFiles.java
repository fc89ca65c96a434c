package fr.metropolerouen.guichetess.finance;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** The name and bytes of a file sent by finance staff. */
final class UploadedFiles {

	private UploadedFiles() {
	}

	static String name(MultipartFile file, String fallback) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? fallback : name.strip();
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
