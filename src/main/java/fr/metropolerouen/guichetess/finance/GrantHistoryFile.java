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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.InvalidFileException.LineError;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.shared.Siret;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of past grants: one line per grant, with the columns {@code dispositif}, {@code annee},
 * {@code siret}, {@code beneficiaire}, {@code montant_engage}, {@code montant_verse} (accents and case do not
 * matter). Separator: semicolon or comma; amounts with a dot or a comma for decimals, spaces between thousands and a
 * trailing « € » allowed. UTF-8, or Windows-1252 as Excel writes it. Every error is reported with its line; the
 * header is line 1.
 */
final class GrantHistoryFile {

	static final int MAX_LINES = 10_000;

	private static final List<String> COLUMNS = List.of("dispositif", "annee", "siret", "beneficiaire",
			"montant_engage", "montant_verse");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private GrantHistoryFile() {
	}

	/** One valid line: a grant of {@code year}. */
	record Line(int number, AidScheme scheme, int year, String siret, String beneficiaryName, BigDecimal engaged,
			BigDecimal paid) {
	}

	record Parsed(List<Line> lines, List<LineError> errors) {
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

	/**
	 * @param schemeOf finds a scheme by its code or its name, as the file may give either
	 * @param lastYear the last year a past grant may have
	 */
	static Parsed parse(byte[] content, Function<String, Optional<AidScheme>> schemeOf, int lastYear) {
		List<LineError> errors = new ArrayList<>();
		List<NumberedRecord> records = new ArrayList<>();
		try {
			records = records(decode(content));
		}
		catch (MalformedFileException e) {
			return new Parsed(List.of(), List.of(new LineError(e.line, null,
					"le fichier n'est pas un CSV lisible à partir de cette ligne (guillemets non refermés ?)")));
		}
		if (records.isEmpty()) {
			return new Parsed(List.of(), List.of(new LineError(1, null, "le fichier est vide")));
		}
		Map<String, Integer> columns = columns(records.get(0).record(), errors);
		if (!errors.isEmpty()) {
			return new Parsed(List.of(), errors);
		}
		if (records.size() == 1) {
			return new Parsed(List.of(), List.of(new LineError(1, null, "le fichier ne contient aucune aide")));
		}
		if (records.size() - 1 > MAX_LINES) {
			return new Parsed(List.of(), List.of(new LineError(1, null,
					"le fichier compte plus de " + MAX_LINES + " aides : découpez-le")));
		}
		List<Line> lines = new ArrayList<>();
		Map<List<Object>, Integer> seen = new HashMap<>();
		for (NumberedRecord record : records.subList(1, records.size())) {
			line(record, columns, schemeOf, lastYear, errors).ifPresent(line -> {
				Integer first = seen.putIfAbsent(List.of(line.scheme(), line.year(), line.siret()), line.number());
				if (first == null) {
					lines.add(line);
				}
				else {
					errors.add(new LineError(line.number(), "siret", "cette aide figure déjà ligne " + first
							+ " (même dispositif, même année, même bénéficiaire)"));
				}
			});
		}
		return new Parsed(lines, errors);
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

	private static Map<String, Integer> columns(CSVRecord header, List<LineError> errors) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			positions.put(normalised(header.get(i)), i);
		}
		for (String column : COLUMNS) {
			if (!positions.containsKey(column)) {
				errors.add(new LineError(1, column, "colonne manquante (colonnes attendues : "
						+ String.join(", ", COLUMNS) + ")"));
			}
		}
		return positions;
	}

	private static Optional<Line> line(NumberedRecord numbered, Map<String, Integer> columns,
			Function<String, Optional<AidScheme>> schemeOf, int lastYear, List<LineError> errors) {
		int number = numbered.line();
		CSVRecord record = numbered.record();
		int before = errors.size();
		Function<String, String> cell = column -> {
			int position = columns.get(column);
			return position < record.size() ? record.get(position) : "";
		};
		AidScheme scheme = schemeOf.apply(cell.apply("dispositif")).orElse(null);
		if (scheme == null) {
			errors.add(new LineError(number, "dispositif", "« " + cell.apply("dispositif")
					+ " » n'est pas un dispositif connu (IMMOBILIER_ESS, LOCATION_ESS ou leur nom)"));
		}
		Integer year = year(cell.apply("annee"), lastYear, number, errors);
		String siret = cell.apply("siret").replaceAll("[\\s\\u00a0\\u202f]", "");
		if (!Siret.isValid(siret)) {
			errors.add(new LineError(number, "siret", "« " + cell.apply("siret")
					+ " » n'est pas un SIRET valide (14 chiffres, clé de contrôle)"));
		}
		String name = cell.apply("beneficiaire");
		if (name.isBlank() || name.length() > 200) {
			errors.add(new LineError(number, "beneficiaire", "est obligatoire (200 caractères au plus)"));
		}
		BigDecimal engaged = amount(cell.apply("montant_engage"), "montant_engage", number, errors);
		BigDecimal paid = amount(cell.apply("montant_verse"), "montant_verse", number, errors);
		if (engaged != null && engaged.signum() == 0) {
			errors.add(new LineError(number, "montant_engage", "doit être strictement positif"));
		}
		if (engaged != null && paid != null && paid.compareTo(engaged) > 0) {
			errors.add(new LineError(number, "montant_verse", "ne peut pas dépasser le montant engagé"));
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Line(number, scheme, year, siret, name, engaged, paid));
	}

	private static Integer year(String text, int lastYear, int number, List<LineError> errors) {
		try {
			int year = Integer.parseInt(text);
			if (year >= 2000 && year <= lastYear) {
				return year;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		errors.add(new LineError(number, "annee", "« " + text + " » n'est pas une année passée (2000 à " + lastYear
				+ ")"));
		return null;
	}

	/** An amount in euros, with at most two decimals; French or international writing. */
	private static BigDecimal amount(String text, String column, int number, List<LineError> errors) {
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
