package fr.metropolerouen.guichetess.shared.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF as its readers will see it: it must parse, be readable without a password, and carry nothing that acts on
 * its own when opened (JavaScript, launching a program) nor other files inside it. Every object reachable from the
 * trailer is visited, so an action hidden in an annotation, a form field or a name tree is found as well as an
 * opening action; stream contents are not decoded, so a compressed stream cannot expand in memory here.
 */
final class PdfContent {

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");

	private PdfContent() {
	}

	static Optional<String> problemIn(byte[] content) {
		if (!startsWithHeader(content)) {
			return Optional.of("ne commence pas par l'en-tête d'un PDF (fichier composite)");
		}
		if (!endsAtEndOfFile(content)) {
			return Optional.of("a des données après la fin du PDF (fichier composite)");
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				return encrypted();
			}
			return activeContent(document.getDocument().getTrailer());
		}
		catch (InvalidPasswordException e) {
			return encrypted();
		}
		catch (IOException | RuntimeException e) {
			return Optional.of("est un PDF illisible ou endommagé");
		}
	}

	private static Optional<String> encrypted() {
		return Optional.of("est un PDF protégé par un mot de passe ou chiffré : envoyez-en une version non protégée");
	}

	private static Optional<String> activeContent(COSDictionary trailer) {
		Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(trailer);
		while (!pending.isEmpty()) {
			COSBase next = pending.pop();
			if (next instanceof COSObject reference) {
				next = reference.getObject();
			}
			if (next == null || !visited.add(next)) {
				continue;
			}
			if (next instanceof COSDictionary dictionary) {
				Optional<String> problem = problemIn(dictionary);
				if (problem.isPresent()) {
					return problem;
				}
				dictionary.getValues().forEach(pending::push);
			}
			else if (next instanceof COSArray array) {
				array.forEach(pending::push);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> problemIn(COSDictionary dictionary) {
		COSName action = dictionary.getCOSName(COSName.S);
		if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)
				|| dictionary.containsKey(COSName.JAVA_SCRIPT)) {
			return Optional.of("est un PDF qui contient du JavaScript, ce qui n'est pas accepté");
		}
		if (LAUNCH.equals(action)) {
			return Optional.of("est un PDF qui contient une action lançant un programme, ce qui n'est pas accepté");
		}
		if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
				|| EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
			return Optional.of("est un PDF qui contient des fichiers incorporés : envoyez chaque document séparément");
		}
		return Optional.empty();
	}

	private static boolean startsWithHeader(byte[] content) {
		return content.length >= HEADER.length
				&& Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length);
	}

	/** After the last "%%EOF" marker, only white space or padding: anything else is a second file appended. */
	private static boolean endsAtEndOfFile(byte[] content) {
		int end = content.length;
		while (end > 0 && isPadding(content[end - 1])) {
			end--;
		}
		return end >= END_OF_FILE.length
				&& Arrays.equals(content, end - END_OF_FILE.length, end, END_OF_FILE, 0, END_OF_FILE.length);
	}

	private static boolean isPadding(byte b) {
		return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
	}

}
