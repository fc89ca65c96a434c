package fr.metropolerouen.guichetess.shared.upload;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The formats a file sent to the service may have, each recognised from the content by Apache Tika: the media types
 * Tika may report for it, the one we store and send back, and the file name extensions that go with it.
 */
public enum FileFormat {

	PDF("application/pdf", Set.of("application/pdf"), List.of("pdf")),
	JPEG("image/jpeg", Set.of("image/jpeg"), List.of("jpg", "jpeg")),
	PNG("image/png", Set.of("image/png"), List.of("png")),
	/** A text table: Tika reads the bytes alone, without the name, so a CSV file is plain text to it. */
	CSV("text/csv", Set.of("text/csv", "text/plain"), List.of("csv", "txt"));

	/** What supporting documents may be unless their kind says otherwise: scans and exported documents. */
	public static final List<FileFormat> DOCUMENTS = List.of(PDF, JPEG, PNG);

	private final String mediaType;

	private final Set<String> detectedAs;

	private final List<String> extensions;

	FileFormat(String mediaType, Set<String> detectedAs, List<String> extensions) {
		this.mediaType = mediaType;
		this.detectedAs = detectedAs;
		this.extensions = extensions;
	}

	public String mediaType() {
		return mediaType;
	}

	List<String> extensions() {
		return extensions;
	}

	boolean isDetectedAs(String detectedMediaType) {
		return detectedAs.contains(detectedMediaType);
	}

	/** "PDF, JPEG ou PNG", for French messages. */
	public static String frenchList(Collection<FileFormat> formats) {
		List<String> names = formats.stream().sorted().map(Enum::name).toList();
		if (names.size() < 2) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " ou " + names.get(names.size() - 1);
	}

}
