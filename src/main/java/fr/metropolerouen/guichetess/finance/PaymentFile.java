package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import fr.metropolerouen.guichetess.shared.InvalidFileException.LineError;

/**
 * Reads the payments the finance software reports back: one line per payment order paid, with the columns
 * {@code reference_mandat}, {@code date_paiement} (AAAA-MM-JJ or JJ/MM/AAAA), {@code reference_paiement} and
 * {@code montant}. A line in error is reported and the others are still read.
 */
final class PaymentFile {

	static final int MAX_LINES = 5_000;

	static final List<String> COLUMNS = List.of("reference_mandat", "date_paiement", "reference_paiement", "montant");

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private PaymentFile() {
	}

	/** A payment read from the file; {@code error} is set when the line cannot be used. */
	record Line(int number, String orderReference, LocalDate paidOn, String paymentReference, BigDecimal amount,
			String error) {
	}

	/** The lines, or the errors that make the whole file unreadable. */
	record Parsed(List<Line> lines, List<LineError> fileErrors) {
	}

	static Parsed parse(byte[] content) {
		CsvTable.Read read = CsvTable.read(content, COLUMNS, new CsvTable.Noun("aucun paiement", "paiements"),
				MAX_LINES);
		if (!read.errors().isEmpty()) {
			return new Parsed(List.of(), read.errors());
		}
		return new Parsed(read.rows().stream().map(PaymentFile::line).toList(), List.of());
	}

	private static Line line(CsvTable.Row row) {
		List<LineError> errors = new ArrayList<>();
		String order = row.cell("reference_mandat");
		if (order.isBlank()) {
			errors.add(new LineError(row.line(), "reference_mandat", "est obligatoire"));
		}
		LocalDate paidOn = date(row.cell("date_paiement"), row.line(), errors);
		String reference = row.cell("reference_paiement");
		if (reference.isBlank() || reference.length() > 60) {
			errors.add(new LineError(row.line(), "reference_paiement", "est obligatoire (60 caractères au plus)"));
		}
		BigDecimal amount = CsvTable.amount(row.cell("montant"), "montant", row.line(), errors);
		String error = errors.isEmpty() ? null
				: String.join(" ; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
		return new Line(row.line(), order, paidOn, reference, amount, error);
	}

	private static LocalDate date(String text, int line, List<LineError> errors) {
		try {
			return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			errors.add(new LineError(line, "date_paiement", "« " + text + " » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)"));
			return null;
		}
	}

}
