package fr.metropolerouen.guichetess.finance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import fr.metropolerouen.guichetess.shared.InvalidFileException.LineError;
import fr.metropolerouen.guichetess.shared.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file that finance staff bring: a header naming the columns (accents, case, spaces and hyphens do not
 * matter), then one record per line. Separator: semicolon or comma, as the header shows; UTF-8 (with or without a
 * BOM) or Windows-1252 as Excel writes it. Every error names its line; the header is line 1, blank lines count.
 */
final class CsvTable {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private CsvTable() {
	}

	/** How the file's records are called in messages: « aucune aide » / « aides ». */
	record Noun(String none, String plural) {
	}

	/** A record and the line it starts on; {@link #cell} gives a column's text, empty when the record is short. */
	record Row(int line, CSVRecord record, Map<String, Integer> columns) {

		String cell(String column) {
			int position = columns.get(column);
			return position < record.size() ? record.get(position) : "";
		}

	}

	/** The records after the header, or the errors that make the whole file unreadable. */
	record Read(List<Row> rows, List<LineError> errors) {
	}

	static Read read(byte[] content, List<String> expectedColumns, Noun noun, int maxLines) {
		List<NumberedRecord> records;
		try {
			records = records(decode(content));
		}
		catch (MalformedFileException e) {
			return new Read(List.of(), List.of(new LineError(e.line, null,
					"le fichier n'est pas un CSV lisible à partir de cette ligne (guillemets non refermés ?)")));
		}
		if (records.isEmpty()) {
			return new Read(List.of(), List.of(new LineError(1, null, "le fichier est vide")));
		}
		List<LineError> errors = new ArrayList<>();
		Map<String, Integer> columns = columns(records.get(0).record(), expectedColumns, errors);
		if (!errors.isEmpty()) {
			return new Read(List.of(), errors);
		}
		if (records.size() == 1) {
			return new Read(List.of(), List.of(new LineError(1, null, "le fichier ne contient " + noun.none())));
		}
		if (records.size() - 1 > maxLines) {
			return new Read(List.of(), List.of(new LineError(1, null,
					"le fichier compte plus de " + maxLines + " " + noun.plural() + " : découpez-le")));
		}
		return new Read(records.subList(1, records.size())
			.stream()
			.map(record -> new Row(record.line(), record.record(), columns))
			.toList(), List.of());
	}

	private record NumberedRecord(int line, CSVRecord record) {
	}

	/** The file stops being CSV at {@code line}: nothing after it can be read reliably. */
	private static final class MalformedFileException extends RuntimeException {

		private final int line;

		MalformedFileException(int line) {
			super(null, null, false, false);
			this.line = line;
		}

	}

	/** The records of the file, each with the line it starts on; blank lines are skipped but counted. */
	private static List<NumberedRecord> records(String text) {
		String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(header.contains(";") ? ';' : ',')
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		List<NumberedRecord> records = new ArrayList<>();
		int[] lineBreaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Iterator<CSVRecord> iterator = parser.iterator();
			long linesRead = 0;
			try {
				while (iterator.hasNext()) {
					CSVRecord record = iterator.next();
					// a spreadsheet writes the rows it emptied as separators only: they are blank lines too
					if (record.stream().allMatch(String::isBlank)) {
						linesRead = parser.getCurrentLineNumber();
						continue;
					}
					records.add(new NumberedRecord(lineOf(record.getCharacterPosition(), text, lineBreaks), record));
					linesRead = parser.getCurrentLineNumber();
				}
			}
			catch (UncheckedIOException malformed) {
				// the faulty record starts after the lines of the last record read, not where the parser gave up
				int start = linesRead == 0 ? 0
						: linesRead <= lineBreaks.length ? lineBreaks[(int) linesRead - 1] + 1 : text.length();
				throw new MalformedFileException(lineOf(start, text, lineBreaks));
			}
		}
		catch (IOException malformed) {
			throw new MalformedFileException(1);
		}
		return records;
	}

	/**
	 * The line (from 1) on which the text starting at a character lies, given the positions of the line breaks; the
	 * parser gives a record the position where it started looking for it, before the blank lines it skipped.
	 */
	private static int lineOf(long position, String text, int[] lineBreaks) {
		int start = (int) position;
		while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
			start++;
		}
		int index = Arrays.binarySearch(lineBreaks, start);
		return (index >= 0 ? index : -index - 1) + 1;
	}

	private static Map<String, Integer> columns(CSVRecord header, List<String> expected, List<LineError> errors) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			positions.put(normalised(header.get(i)), i);
		}
		for (String column : expected) {
			if (!positions.containsKey(column)) {
				errors.add(new LineError(1, column, "colonne manquante (colonnes attendues : "
						+ String.join(", ", expected) + ")"));
			}
		}
		return positions;
	}

	/** An amount in euros, with at most two decimals; French or international writing. */
	static BigDecimal amount(String text, String column, int number, List<LineError> errors) {
		String plain = text.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
		if (!plain.matches("\\d+(\\.\\d+)?")) {
			errors.add(new LineError(number, column, "« " + text + " » n'est pas un montant en euros valide"));
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(plain);
			if (amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
					&& amount.compareTo(new BigDecimal("999999999999.99")) <= 0) {
				return Money.euros(amount.setScale(2));
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		errors.add(new LineError(number, column, "« " + text + " » n'est pas un montant en euros valide"));
		return null;
	}

	private static String normalised(String header) {
		String withoutAccents = Normalizer.normalize(header.replace('\u00a0', ' ').replace('\u202f', ' ').strip(),
				Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replace("\ufeff", "");
	}

	/** UTF-8 (with or without a BOM), or Windows-1252 when the bytes are not UTF-8. */
	private static String decode(byte[] content) {
		boolean bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF;
		ByteBuffer bytes = bom ? ByteBuffer.wrap(content, 3, content.length - 3) : ByteBuffer.wrap(content);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return WINDOWS_1252.decode(bom ? ByteBuffer.wrap(content, 3, content.length - 3) : ByteBuffer.wrap(content))
				.toString();
		}
	}

}
