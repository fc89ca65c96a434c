package fr.metropolerouen.guichetess.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs the way a person would: their text, in reading order, on one line, with plain spaces. */
public final class Pdfs {

	private Pdfs() {
	}

	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return plainSpaces(stripper.getText(document));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Not a readable PDF", e);
		}
	}

	/**
	 * French typography uses no-break spaces (U+00A0, U+202F) and lines wrap anywhere: tests compare with single
	 * plain spaces.
	 */
	public static String plainSpaces(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
	}

}
