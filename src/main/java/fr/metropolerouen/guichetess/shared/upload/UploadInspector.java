package fr.metropolerouen.guichetess.shared.upload;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Decides whether a sent file may be kept, from its content alone: never from its name or from the type the client
 * declares. Tika recognises the format from the first bytes; then each format is opened the way a reader would
 * (PDFBox, ImageIO) and what its magic bytes cannot show is refused: encrypted or active PDFs, image bombs, a second
 * file hidden behind or inside the first. Refusals are {@link InvalidRequestException}s naming the form field.
 */
@Component
public class UploadInspector {

	private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
			"application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o",
			"application/x-mach-o-executable", "application/java-vm", "application/x-sh", "text/x-sh",
			"application/x-bat");

	private static final Set<String> ARCHIVES = Set.of("application/zip", "application/gzip", "application/x-gzip",
			"application/x-7z-compressed", "application/x-rar-compressed", "application/vnd.rar", "application/x-tar",
			"application/x-bzip2", "application/x-xz", "application/java-archive", "application/x-compress");

	private final Tika tika = new Tika();

	/**
	 * @param field the form field that carried the file, named in the refusal
	 * @param allowed the formats this kind of file may have
	 * @return the format the content was recognised as, one of {@code allowed}
	 */
	public FileFormat inspect(String field, byte[] content, Collection<FileFormat> allowed) {
		if (content == null || content.length == 0) {
			throw refused(field, "est vide");
		}
		String detected = MediaType.parse(tika.detect(content)).getBaseType().toString();
		FileFormat format = allowed.stream()
			.filter(candidate -> candidate.isDetectedAs(detected))
			.findFirst()
			.orElseThrow(() -> refused(field, wrongType(detected, allowed)));
		problemIn(format, content).ifPresent(problem -> {
			throw refused(field, problem);
		});
		return format;
	}

	/** Text tables are read by their own parsers, line by line, which report what they cannot use. */
	private static Optional<String> problemIn(FileFormat format, byte[] content) {
		return switch (format) {
			case PDF -> HiddenPayloads.in(content).or(() -> PdfContent.problemIn(content));
			case JPEG, PNG -> HiddenPayloads.in(content).or(() -> ImageContent.problemIn(format, content));
			case CSV -> Optional.empty();
		};
	}

	private static String wrongType(String detected, Collection<FileFormat> allowed) {
		String expected = "doit être un fichier " + FileFormat.frenchList(allowed);
		if (EXECUTABLES.contains(detected)) {
			return expected + " : c'est un programme exécutable, quel que soit son nom";
		}
		if (ARCHIVES.contains(detected)) {
			return expected + " : c'est une archive compressée (ZIP ou autre) ; envoyez les documents eux-mêmes";
		}
		return expected + " (contenu reconnu : " + detected + ")";
	}

	private static InvalidRequestException refused(String field, String reason) {
		return new InvalidRequestException("Le fichier n'a pas été accepté.", List.of(new FieldError(field, reason)));
	}

}
