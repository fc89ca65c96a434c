package fr.metropolerouen.guichetess.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small valid files to upload as supporting documents. */
public final class TestFiles {

	private static byte[] pdf;

	private TestFiles() {
	}

	public static synchronized byte[] pdf() {
		if (pdf == null) {
			try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				document.addPage(new PDPage());
				document.save(out);
				pdf = out.toByteArray();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return pdf.clone();
	}

}
