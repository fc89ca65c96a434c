package fr.metropolerouen.guichetess.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import fr.metropolerouen.guichetess.shared.upload.FileFormat;
import fr.metropolerouen.guichetess.shared.upload.FileNames;
import fr.metropolerouen.guichetess.shared.upload.UploadInspector;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A text table sent by finance staff, checked before any line is read: not empty, and text rather than a program,
 * an archive or a document, whatever its name says.
 */
@Component
class UploadedFiles {

	private final UploadInspector inspector;

	UploadedFiles(UploadInspector inspector) {
		this.inspector = inspector;
	}

	/** @param fallback the name to keep when the client sent none usable, without extension */
	Table table(MultipartFile file, String fallback) {
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		FileFormat format = inspector.inspect("file", content, List.of(FileFormat.CSV));
		return new Table(FileNames.safe(file.getOriginalFilename(), format, fallback), content);
	}

	record Table(String name, byte[] content) {
	}

}
