package fr.metropolerouen.guichetess.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.metropolerouen.guichetess.support.TableSchemaValidator.Violation;

/** The validator against the real SCDL « Subventions » 2.1.1 schema: each rule must catch what it is meant to. */
class TableSchemaValidatorTests {

	private static final Path SCHEMA = Path.of("src/main/resources/open-data/scdl-subventions-schema-2.1.1.json");

	private static final TableSchemaValidator VALIDATOR = TableSchemaValidator.of(SCHEMA);

	private static final List<String> HEADER = List.of("nomAttribuant", "idAttribuant", "dateConvention",
			"referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
			"conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
			"dispositifAide");

	/** Luhn key right, checked with python-stdnum's own example. */
	private static final String SIRET = "73282932000074";

	/** The head office of La Poste: a Luhn key, unlike its establishments. */
	private static final String SIRET_LA_POSTE_HEAD_OFFICE = "35600000000048";

	private static final String CRLF = "\r\n";

	@Test
	void theSchemaIsReadWithItsSixteenFieldsInOrder() {
		assertThat(VALIDATOR.fieldNames()).containsExactlyElementsOf(HEADER);
	}

	@Test
	void aWellFormedFileWithBothKindsOfBeneficiaryIsValid() {
		assertThat(VALIDATOR.validate(wellFormedFile(CRLF))).isEmpty();
	}

	@Test
	void lineFeedsAloneAreAcceptedAsLineEnds() {
		assertThat(VALIDATOR.validate(wellFormedFile("\n"))).isEmpty();
	}

	@Test
	void aMissingRequiredValueIsReported() {
		List<Violation> violations = VALIDATOR.validate(fileWhoseSecondRowHas("montant", ""));

		assertReported(violations, tuple(3, "montant"));
		assertThat(violations.get(0).message()).contains("required");
	}

	@Test
	void columnsInTheWrongOrderAreReportedOnTheHeaderLine() {
		List<String> header = new ArrayList<>(HEADER);
		header.set(1, "dateConvention");
		header.set(2, "idAttribuant");

		assertReported(VALIDATOR.validate(csv(header, validRow())), tuple(1, "dateConvention"),
				tuple(1, "idAttribuant"));
	}

	@Test
	void aMissingColumnIsReportedOnceOnTheHeaderLine() {
		List<String> header = new ArrayList<>(HEADER);
		header.remove("montant");

		assertReported(VALIDATOR.validate(csv(header, validRow(), validRow())), tuple(1, "montant"));
	}

	@Test
	void anExtraColumnIsReported() {
		List<String> header = new ArrayList<>(HEADER);
		header.add("commentaire");

		assertReported(VALIDATOR.validate(csv(header, validRow())), tuple(1, "commentaire"));
	}

	@Test
	void aDateThatIsNotOnTheCalendarIsRefused() {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("dateConvention", "2026-02-30")),
				tuple(3, "dateConvention"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12/03/2026", "2026-3-12", "2026-03-12T10:00:00" })
	void aDateNotWrittenYearMonthDayIsRefused(String date) {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("dateConvention", date)), tuple(3, "dateConvention"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12500,50", "12 500.50", "12500.50 €" })
	void aNumberWrittenTheFrenchWayIsRefused(String amount) {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("montant", amount)), tuple(3, "montant"));
	}

	@Test
	void aBooleanOutsideTheSchemaTrueAndFalseValuesIsRefused() {
		List<Violation> violations = VALIDATOR.validate(fileWhoseSecondRowHas("notificationUE", "true"));

		assertReported(violations, tuple(3, "notificationUE"));
		assertThat(violations.get(0).message()).contains("oui", "non");
	}

	@Test
	void anAttribuantIdentifierOfThirteenDigitsBreaksThePatternAndIsNoSiret() {
		List<Violation> violations = VALIDATOR.validate(fileWhoseSecondRowHas("idAttribuant", "7328293200007"));

		assertReported(violations, tuple(3, "idAttribuant"), tuple(3, "idAttribuant"));
		assertThat(violations.get(0).message()).contains("pattern");
		assertThat(violations.get(1).message()).contains("SIRET");
	}

	@Test
	void anRnaNumberThatDoesNotMatchThePatternIsRefused() {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("rnaBeneficiaire", "W12345678")),
				tuple(3, "rnaBeneficiaire"));
	}

	@Test
	void aNatureOutsideTheEnumIsRefused() {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("nature", "aide financière")), tuple(3, "nature"));
	}

	@Test
	void anObjetOfMoreThan256CharactersIsRefused() {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("objet", "é".repeat(257))), tuple(3, "objet"));
	}

	@Test
	void lengthsCountCharactersNeitherBytesNorUtf16Units() {
		// 512 bytes in UTF-8
		assertThat(VALIDATOR.validate(fileWhoseSecondRowHas("objet", "é".repeat(256)))).isEmpty();
		// 512 UTF-16 units: the musical G clef is outside the basic plane
		assertThat(VALIDATOR.validate(fileWhoseSecondRowHas("objet", "\uD834\uDD1E".repeat(256)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "1.5", "0.009", "-0.5" })
	void aPercentageOutsideOfItsBoundsIsRefused(String percentage) {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("pourcentageSubvention", percentage)),
				tuple(3, "pourcentageSubvention"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.01", "1", "1.000" })
	void aPercentageOnItsBoundsIsAccepted(String percentage) {
		assertThat(VALIDATOR.validate(fileWhoseSecondRowHas("pourcentageSubvention", percentage))).isEmpty();
	}

	@Test
	void aSiretWithAWrongLuhnKeyIsRefused() {
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("idBeneficiaire", "73282932000075")),
				tuple(3, "idBeneficiaire"));
	}

	@Test
	void aSiretWhoseSirenHasAWrongKeyIsRefused() {
		// the 14 digits pass the Luhn check, the SIREN 100000000 does not
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("idBeneficiaire", "10000000000008")),
				tuple(3, "idBeneficiaire"));
	}

	@Test
	void theEstablishmentsOfLaPosteAreCheckedByTheSumOfTheirDigits() {
		// no Luhn key, but 3 + 5 + 6 + 1 = 15
		assertThat(VALIDATOR.validate(fileWhoseSecondRowHas("idBeneficiaire", "35600000010000"))).isEmpty();
		assertReported(VALIDATOR.validate(fileWhoseSecondRowHas("idBeneficiaire", "35600000010001")),
				tuple(3, "idBeneficiaire"));
	}

	@Test
	void aRowWithNeitherSiretNorRnaIsRefused() {
		Map<String, String> row = validRow();
		row.put("idBeneficiaire", "");
		row.put("rnaBeneficiaire", "");

		List<Violation> violations = VALIDATOR.validate(csv(HEADER, validRow(), row));

		assertReported(violations, tuple(3, "idBeneficiaire"));
		assertThat(violations.get(0).message()).contains("rnaBeneficiaire");
	}

	@Test
	void aByteOrderMarkIsRefused() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes(wellFormedFile(CRLF));

		assertReported(VALIDATOR.validate(bytes.toByteArray()), tuple(1, null));
	}

	@Test
	void aWindows1252ByteIsRefusedOnTheRowThatHoldsIt() {
		Map<String, String> multiline = validRow();
		multiline.put("objet", "Première ligne" + CRLF + "seconde ligne");
		Map<String, String> windows1252 = validRow();
		windows1252.put("nomBeneficiaire", "Société de pêche");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(csv(HEADER, multiline));
		// é is 0xE9 in Windows-1252 as in Latin-1, which every JDK has
		bytes.writeBytes(line(HEADER, windows1252).getBytes(StandardCharsets.ISO_8859_1));

		// the line break inside the quoted objet does not start a new row
		assertReported(VALIDATOR.validate(bytes.toByteArray()), tuple(3, null));
	}

	@Test
	void aRowWithTooFewCellsIsRefused() {
		String row = line(HEADER, validRow());
		String shortened = row.substring(0, row.lastIndexOf(','));

		assertReported(VALIDATOR.validate(utf8(String.join(CRLF, String.join(",", HEADER), shortened, row))),
				tuple(2, null));
	}

	@Test
	void aQuoteInsideAnUnquotedCellIsRefused() {
		String row = line(HEADER, validRow()).replace("Les Ateliers du Bocage", "Les \"Ateliers\" du Bocage");

		assertReported(VALIDATOR.validate(utf8(String.join(CRLF, String.join(",", HEADER), row))), tuple(2, null));
	}

	@Test
	void anEmptyFileIsRefused() {
		assertReported(VALIDATOR.validate(new byte[0]), tuple(1, null));
	}

	@Test
	void numbersInAnEnumAreComparedAsNumbers() {
		TableSchemaValidator validator = schemaChangedBy(schema -> ((ObjectNode) field(schema, "pourcentageSubvention")
			.get("constraints"))
			.putArray("enum")
			.add(0.5)
			.add(1));

		assertThat(validator.validate(fileWhoseSecondRowHas("pourcentageSubvention", "0.50"))).isEmpty();
		assertReported(validator.validate(fileWhoseSecondRowHas("pourcentageSubvention", "0.25")),
				tuple(3, "pourcentageSubvention"));
	}

	@Test
	void anUnknownCustomCheckMakesTheValidatorFail() {
		assertThatThrownBy(() -> schemaChangedBy(schema -> ((ArrayNode) schema.get("custom_checks")).addObject()
			.put("name", "french-siren-value")
			.putObject("params")
			.put("column", "idAttribuant")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("french-siren-value");
	}

	@Test
	void anUnknownFieldTypeMakesTheValidatorFail() {
		assertThatThrownBy(() -> schemaChangedBy(schema -> field(schema, "dateConvention").put("type", "datetime")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("datetime");
	}

	@Test
	void anUnknownConstraintMakesTheValidatorFail() {
		assertThatThrownBy(() -> schemaChangedBy(
				schema -> field(schema, "referenceDecision").putObject("constraints").put("unique", true)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unique");
	}

	private static void assertReported(List<Violation> violations, Tuple... rowsAndFields) {
		assertThat(violations).extracting(Violation::row, Violation::field).containsExactly(rowsAndFields);
	}

	/** Written by hand, not by {@link #csv}, so that the quoting rules are tested on their own. */
	private static byte[] wellFormedFile(String lineEnd) {
		return utf8(String.join(lineEnd, String.join(",", HEADER),
				"Métropole Rouen Normandie," + SIRET + ",2026-03-12,DEL-2026-042,Les Ateliers du Bocage,"
						+ SIRET_LA_POSTE_HEAD_OFFICE + ",,\"Fonctionnement, animation et \"\"Fête du jeu\"\"\","
						+ "12500.00,aide en numéraire,unique,2026-04-01,,non,1.00,",
				"Métropole Rouen Normandie," + SIRET + ",2026-03-12,DEL-2026-043,Collectif des jardins partagés,,"
						+ "W123456789,Prêt de la salle des fêtes,800,aide en nature,échelonné,2026-04-01/2026-12-31,"
						+ ",oui,0.5,")
				+ lineEnd);
	}

	private static Map<String, String> validRow() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("nomAttribuant", "Métropole Rouen Normandie");
		row.put("idAttribuant", SIRET);
		row.put("dateConvention", "2026-03-12");
		row.put("referenceDecision", "DEL-2026-042");
		row.put("nomBeneficiaire", "Les Ateliers du Bocage");
		row.put("idBeneficiaire", SIRET_LA_POSTE_HEAD_OFFICE);
		row.put("rnaBeneficiaire", "");
		row.put("objet", "Fonctionnement de l'association");
		row.put("montant", "12500.00");
		row.put("nature", "aide en numéraire;aide en nature");
		row.put("conditionsVersement", "unique");
		row.put("datesPeriodeVersement", "2026-04-01");
		row.put("idRAE", "");
		row.put("notificationUE", "non");
		row.put("pourcentageSubvention", "1.00");
		row.put("dispositifAide", "");
		return row;
	}

	/** A valid first data row, so that the reported row (3) shows rows are counted, not assumed. */
	private static byte[] fileWhoseSecondRowHas(String field, String value) {
		Map<String, String> row = validRow();
		row.put(field, value);
		return csv(HEADER, validRow(), row);
	}

	@SafeVarargs
	private static byte[] csv(List<String> header, Map<String, String>... rows) {
		StringBuilder text = new StringBuilder(String.join(",", header)).append(CRLF);
		for (Map<String, String> row : rows) {
			text.append(line(header, row)).append(CRLF);
		}
		return utf8(text.toString());
	}

	private static String line(List<String> header, Map<String, String> row) {
		return String.join(",", header.stream().map(name -> escaped(row.getOrDefault(name, ""))).toList());
	}

	private static String escaped(String cell) {
		boolean quoted = cell.contains(",") || cell.contains("\"") || cell.contains("\r") || cell.contains("\n");
		return quoted ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static TableSchemaValidator schemaChangedBy(Consumer<ObjectNode> change) {
		ObjectMapper json = new ObjectMapper();
		try {
			ObjectNode schema = (ObjectNode) json.readTree(SCHEMA.toFile());
			change.accept(schema);
			return TableSchemaValidator.of(new ByteArrayInputStream(json.writeValueAsBytes(schema)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ObjectNode field(ObjectNode schema, String name) {
		for (var field : schema.get("fields")) {
			if (field.get("name").asText().equals(name)) {
				return (ObjectNode) field;
			}
		}
		throw new IllegalArgumentException("No field " + name);
	}

}
