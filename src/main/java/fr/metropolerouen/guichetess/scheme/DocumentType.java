package fr.metropolerouen.guichetess.scheme;

import java.util.List;

import fr.metropolerouen.guichetess.shared.upload.FileFormat;

/**
 * A kind of supporting document, by its stable code and its French label, with the file formats it may be sent in
 * (checked on the content, see UploadInspector): PDF, JPEG or PNG unless the scheme's configuration says otherwise.
 */
public record DocumentType(String code, String label, List<FileFormat> formats) {

	public DocumentType {
		formats = formats == null || formats.isEmpty() ? FileFormat.DOCUMENTS : List.copyOf(formats);
	}

}
