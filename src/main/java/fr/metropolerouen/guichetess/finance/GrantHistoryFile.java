package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.InvalidFileException.LineError;
import fr.metropolerouen.guichetess.shared.Siret;

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

	private GrantHistoryFile() {
	}

	/** One valid line: a grant of {@code year}. */
	record Line(int number, AidScheme scheme, int year, String siret, String beneficiaryName, BigDecimal engaged,
			BigDecimal paid) {
	}

	record Parsed(List<Line> lines, List<LineError> errors) {
	}

	/**
	 * @param schemeOf finds a scheme by its code or its name, as the file may give either
	 * @param lastYear the last year a past grant may have
	 */
	static Parsed parse(byte[] content, Function<String, Optional<AidScheme>> schemeOf, int lastYear) {
		CsvTable.Read read = CsvTable.read(content, COLUMNS, new CsvTable.Noun("aucune aide", "aides"), MAX_LINES);
		if (!read.errors().isEmpty()) {
			return new Parsed(List.of(), read.errors());
		}
		List<LineError> errors = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		Map<List<Object>, Integer> seen = new HashMap<>();
		for (CsvTable.Row row : read.rows()) {
			line(row, schemeOf, lastYear, errors).ifPresent(line -> {
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

	private static Optional<Line> line(CsvTable.Row row, Function<String, Optional<AidScheme>> schemeOf, int lastYear,
			List<LineError> errors) {
		int number = row.line();
		int before = errors.size();
		Function<String, String> cell = row::cell;
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
		BigDecimal engaged = CsvTable.amount(cell.apply("montant_engage"), "montant_engage", number, errors);
		BigDecimal paid = CsvTable.amount(cell.apply("montant_verse"), "montant_verse", number, errors);
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

}
