package fr.metropolerouen.guichetess.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates a CSV file against a Frictionless Table Schema (specification v1) by interpreting the schema file
 * itself, so that a test proves conformance to the published schema and not to our own reading of it.
 * <p>
 * It supports what the SCDL schemas use: the types string, number, integer, date and boolean, the constraints
 * required, pattern, enum, minLength, maxLength, minimum and maximum, the schema's missingValues and the custom checks
 * french-siret-value and one-of-required. Anything else in the schema makes {@link #of} throw: a rule that is not
 * understood must never be passed silently.
 */
public final class TableSchemaValidator {

	/**
	 * A broken rule. {@code row} counts CSV records, not physical lines: 1 is the header, 2 the first data row.
	 * {@code field} is null when the problem concerns the file or the whole row.
	 */
	public record Violation(int row, String field, String message) {
	}

	private static final ObjectMapper JSON = new ObjectMapper()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	// Table Schema v1 defaults: "." as decimal separator, no group separator, bare numbers
	private static final Pattern NUMBER_SYNTAX = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final Pattern INTEGER_SYNTAX = Pattern.compile("[+-]?\\d+");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SIRET = Pattern.compile("\\d{14}");

	private static final String LA_POSTE_SIREN = "356000000";

	private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

	private static final List<String> DEFAULT_TRUE_VALUES = List.of("true", "True", "TRUE", "1");

	private static final List<String> DEFAULT_FALSE_VALUES = List.of("false", "False", "FALSE", "0");

	/** Field properties that are understood; any other one may change the meaning of the field. */
	private static final Set<String> FIELD_PROPERTIES = Set.of("name", "title", "description", "example", "rdfType",
			"type", "format", "constraints", "trueValues", "falseValues");

	/** Schema properties that constrain the data and are not implemented; the others are metadata. */
	private static final Set<String> UNSUPPORTED_SCHEMA_PROPERTIES = Set.of("primaryKey", "foreignKeys", "uniqueKeys",
			"fieldsMatch");

	private final List<Field> fields;

	private final Map<String, Field> fieldsByName;

	private final Set<String> missingValues;

	private final List<CustomCheck> customChecks;

	private TableSchemaValidator(JsonNode schema) {
		rejectUnsupportedProperties(schema);
		this.fields = fields(schema.path("fields"));
		this.fieldsByName = byName(this.fields);
		this.missingValues = Set.copyOf(strings(schema, "missingValues", List.of("")));
		this.customChecks = customChecks(schema.path("custom_checks"), this.fieldsByName.keySet());
	}

	public static TableSchemaValidator of(Path schemaFile) {
		try (InputStream schema = Files.newInputStream(schemaFile)) {
			return of(schema);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static TableSchemaValidator of(InputStream schema) {
		try {
			return new TableSchemaValidator(JSON.readTree(schema));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The column names the schema expects, in its order. */
	public List<String> fieldNames() {
		return fields.stream().map(Field::name).toList();
	}

	/** @return the broken rules, in file order; an empty list means the file conforms to the schema */
	public List<Violation> validate(byte[] csvUtf8) {
		List<Violation> violations = new ArrayList<>();
		byte[] bytes = csvUtf8;
		if (startsWithBom(bytes)) {
			violations.add(new Violation(1, null, "the file starts with a byte order mark; it must be plain UTF-8"));
			bytes = Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length);
		}
		try {
			violations.addAll(checkTable(new CsvReader(strictUtf8(bytes)).records()));
		}
		catch (Unreadable e) {
			// past an encoding or CSV syntax error, cells cannot be told apart reliably
			violations.add(new Violation(e.row, null, e.getMessage()));
		}
		return List.copyOf(violations);
	}

	// ---- reading the schema

	private static void rejectUnsupportedProperties(JsonNode schema) {
		schema.fieldNames().forEachRemaining(property -> {
			if (UNSUPPORTED_SCHEMA_PROPERTIES.contains(property)) {
				throw unsupported("schema property '" + property + "'");
			}
		});
	}

	private static List<Field> fields(JsonNode fields) {
		if (!fields.isArray() || fields.isEmpty()) {
			throw new IllegalArgumentException("The schema has no fields");
		}
		return StreamSupport.stream(fields.spliterator(), false).map(TableSchemaValidator::field).toList();
	}

	private static Map<String, Field> byName(List<Field> fields) {
		Map<String, Field> byName = new LinkedHashMap<>();
		for (Field field : fields) {
			if (byName.put(field.name(), field) != null) {
				throw new IllegalArgumentException("The schema declares the field '" + field.name() + "' twice");
			}
		}
		return byName;
	}

	private static Field field(JsonNode node) {
		String name = node.path("name").asText("");
		node.fieldNames().forEachRemaining(property -> {
			if (!FIELD_PROPERTIES.contains(property)) {
				throw unsupported("property '" + property + "' of the field '" + name + "'");
			}
		});
		if (!node.path("format").asText("default").equals("default")) {
			throw unsupported("format '" + node.path("format").asText() + "' of the field '" + name + "'");
		}
		// the specification makes string the type of a field that declares none
		Field field = new Field(name, Type.named(node.path("type").asText("string")),
				strings(node, "trueValues", DEFAULT_TRUE_VALUES), strings(node, "falseValues", DEFAULT_FALSE_VALUES),
				required(node), List.of());
		return field.withConstraints(constraints(field, node.path("constraints")));
	}

	private static boolean required(JsonNode field) {
		JsonNode required = field.path("constraints").path("required");
		if (!required.isMissingNode() && !required.isBoolean()) {
			throw new IllegalArgumentException("The constraint required of the field '" + field.path("name").asText()
					+ "' is not a boolean: " + required);
		}
		return required.asBoolean(false);
	}

	private static List<String> strings(JsonNode node, String property, List<String> byDefault) {
		JsonNode values = node.path(property);
		if (values.isMissingNode()) {
			return byDefault;
		}
		if (!values.isArray()) {
			throw new IllegalArgumentException(property + " is not an array: " + values);
		}
		return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static List<Constraint> constraints(Field field, JsonNode constraints) {
		List<Constraint> result = new ArrayList<>();
		constraints.fields().forEachRemaining(entry -> {
			if (!entry.getKey().equals("required")) {
				result.add(constraint(field, entry.getKey(), entry.getValue()));
			}
		});
		return result;
	}

	private static Constraint constraint(Field field, String name, JsonNode value) {
		return switch (name) {
			case "pattern" -> pattern(field, value);
			case "enum" -> oneOf(field, value);
			case "minLength" -> minLength(field, value);
			case "maxLength" -> maxLength(field, value);
			case "minimum" -> minimum(field, value);
			case "maximum" -> maximum(field, value);
			default -> throw unsupported("constraint '" + name + "' of the field '" + field.name() + "'");
		};
	}

	private static Constraint pattern(Field field, JsonNode value) {
		requireType(field, "pattern", Type.STRING);
		// Table Schema patterns are implicitly anchored: matches() tests the whole value
		Pattern pattern = Pattern.compile(value.asText());
		return (raw, cell) -> pattern.matcher(raw).matches() ? null
				: quoted(raw) + " does not match the pattern " + pattern;
	}

	private static Constraint oneOf(Field field, JsonNode values) {
		if (!values.isArray()) {
			throw new IllegalArgumentException("The enum of the field '" + field.name() + "' is not an array");
		}
		List<Object> allowed = StreamSupport.stream(values.spliterator(), false)
			.map(value -> schemaValue(field, value))
			.toList();
		return (raw, cell) -> allowed.stream().anyMatch(value -> same(value, cell)) ? null
				: quoted(raw) + " is not one of " + values;
	}

	private static Constraint minLength(Field field, JsonNode value) {
		requireType(field, "minLength", Type.STRING);
		int minimum = length(field, value);
		return (raw, cell) -> codePoints(raw) >= minimum ? null
				: "the value has " + codePoints(raw) + " characters, at least " + minimum + " are required";
	}

	private static Constraint maxLength(Field field, JsonNode value) {
		requireType(field, "maxLength", Type.STRING);
		int maximum = length(field, value);
		return (raw, cell) -> codePoints(raw) <= maximum ? null
				: "the value has " + codePoints(raw) + " characters, at most " + maximum + " are allowed";
	}

	private static Constraint minimum(Field field, JsonNode value) {
		requireOrdered(field, "minimum");
		Object minimum = schemaValue(field, value);
		return (raw, cell) -> compare(cell, minimum) >= 0 ? null : quoted(raw) + " is below the minimum " + value;
	}

	private static Constraint maximum(Field field, JsonNode value) {
		requireOrdered(field, "maximum");
		Object maximum = schemaValue(field, value);
		return (raw, cell) -> compare(cell, maximum) <= 0 ? null : quoted(raw) + " is above the maximum " + value;
	}

	private static int length(Field field, JsonNode value) {
		if (!value.canConvertToExactIntegral() || value.asInt() < 0) {
			throw new IllegalArgumentException("A length constraint of the field '" + field.name()
					+ "' is not a natural number: " + value);
		}
		return value.asInt();
	}

	private static void requireType(Field field, String constraint, Type type) {
		if (field.type() != type) {
			throw unsupported("constraint " + constraint + " on the " + field.type() + " field '" + field.name() + "'");
		}
	}

	private static void requireOrdered(Field field, String constraint) {
		if (!field.type().ordered()) {
			throw unsupported("constraint " + constraint + " on the " + field.type() + " field '" + field.name() + "'");
		}
	}

	/** A value written in the schema (enum, minimum, maximum), read with the field's own type. */
	private static Object schemaValue(Field field, JsonNode node) {
		Object value = null;
		if (node.isTextual()) {
			value = field.read(node.textValue());
		}
		else if (node.isNumber() && field.type().numeric()) {
			value = node.decimalValue();
		}
		else if (node.isBoolean() && field.type() == Type.BOOLEAN) {
			value = node.booleanValue();
		}
		if (value == null) {
			throw new IllegalArgumentException("The schema value " + node + " is not a valid " + field.type()
					+ " for the field '" + field.name() + "'");
		}
		return value;
	}

	private static List<CustomCheck> customChecks(JsonNode checks, Set<String> fieldNames) {
		if (!checks.isMissingNode() && !checks.isArray()) {
			throw new IllegalArgumentException("custom_checks is not an array");
		}
		return StreamSupport.stream(checks.spliterator(), false).map(check -> customCheck(check, fieldNames)).toList();
	}

	private static CustomCheck customCheck(JsonNode check, Set<String> fieldNames) {
		String name = check.path("name").asText();
		JsonNode params = check.path("params");
		return switch (name) {
			case "french-siret-value" -> frenchSiretValue(column(params, "column", fieldNames));
			case "one-of-required" -> oneOfRequired(column(params, "column1", fieldNames),
					column(params, "column2", fieldNames));
			default -> throw unsupported("custom check '" + name + "'");
		};
	}

	private static String column(JsonNode params, String param, Set<String> fieldNames) {
		String column = params.path(param).asText("");
		if (!fieldNames.contains(column)) {
			throw new IllegalArgumentException("The custom check parameter " + param + " names no field of the schema: '"
					+ column + "'");
		}
		return column;
	}

	private static IllegalArgumentException unsupported(String what) {
		return new IllegalArgumentException("Unsupported " + what
				+ ": teach TableSchemaValidator to check it rather than let it pass unchecked");
	}

	// ---- the custom checks

	private static CustomCheck frenchSiretValue(String column) {
		return new CustomCheck(List.of(column), (row, values) -> {
			String value = values.get(column);
			return value == null || isSiret(value) ? Optional.empty()
					: Optional.of(new Violation(row, column, quoted(value) + " is not a valid SIRET number"));
		});
	}

	/** Reported on column1: the violation must name a field of the schema. */
	private static CustomCheck oneOfRequired(String column1, String column2) {
		return new CustomCheck(List.of(column1, column2), (row, values) -> {
			boolean neither = values.get(column1) == null && values.get(column2) == null;
			return neither ? Optional.of(new Violation(row, column1, "either " + column1 + " or " + column2
					+ " must have a value")) : Optional.empty();
		});
	}

	/**
	 * As python-stdnum, which the SCDL validator (Validata) relies on: a Luhn key on the 14 digits and on the
	 * 9 digits of the SIREN, except for the establishments of La Poste, numbered so that the sum of their digits is
	 * a multiple of 5; its head office keeps a Luhn key.
	 */
	private static boolean isSiret(String value) {
		if (!SIRET.matcher(value).matches()) {
			return false;
		}
		boolean laPosteEstablishment = value.startsWith(LA_POSTE_SIREN) && !value.equals(LA_POSTE_HEAD_OFFICE);
		boolean keyIsRight = laPosteEstablishment ? digitSum(value) % 5 == 0 : luhn(value);
		return keyIsRight && luhn(value.substring(0, LA_POSTE_SIREN.length()));
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			int weighted = i % 2 == 0 ? digit : digit * 2;
			sum += weighted > 9 ? weighted - 9 : weighted;
		}
		return sum % 10 == 0;
	}

	private static int digitSum(String digits) {
		return digits.chars().map(digit -> digit - '0').sum();
	}

	// ---- checking the file

	private static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= UTF8_BOM.length
				&& Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
	}

	/** Decodes with a decoder that refuses, rather than replaces, what is not UTF-8. */
	private static String strictUtf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		// UTF-8 never gives more chars than bytes
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new Unreadable(rowAt(bytes, in.position()), String.format(
					"the byte 0x%02X is not valid UTF-8 (Windows-1252 or Latin-1?)", bytes[in.position()]));
		}
		return out.flip().toString();
	}

	/** The record holding the byte at offset: line breaks inside quoted cells do not end a record. */
	private static int rowAt(byte[] bytes, int offset) {
		String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
		int row = 1;
		boolean quoted = false;
		for (char c : before.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\n' && !quoted) {
				row++;
			}
		}
		return row;
	}

	private List<Violation> checkTable(List<List<String>> records) {
		if (records.isEmpty()) {
			return List.of(new Violation(1, null, "the file is empty: a header line is expected"));
		}
		List<String> header = records.get(0);
		List<Violation> violations = new ArrayList<>(checkHeader(header));
		List<Field> columns = columns(header);
		for (int i = 1; i < records.size(); i++) {
			violations.addAll(checkRow(i + 1, records.get(i), columns));
		}
		return violations;
	}

	private List<Violation> checkHeader(List<String> header) {
		List<Violation> violations = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : header) {
			if (!seen.add(name)) {
				violations.add(new Violation(1, name, "the column appears more than once"));
			}
			else if (!fieldsByName.containsKey(name)) {
				violations.add(new Violation(1, name, "unknown column: the schema has no such field"));
			}
		}
		for (int i = 0; i < fields.size(); i++) {
			if (!seen.contains(fields.get(i).name())) {
				violations.add(new Violation(1, fields.get(i).name(), "missing column, expected at position " + (i + 1)));
			}
		}
		violations.addAll(misplacedColumns(header));
		return violations;
	}

	/** Compares the order of the known columns only, so that a missing or unknown one is not also "misplaced". */
	private List<Violation> misplacedColumns(List<String> header) {
		List<String> found = header.stream().filter(fieldsByName::containsKey).distinct().toList();
		List<String> expected = fieldNames().stream().filter(found::contains).toList();
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			String name = found.get(i);
			if (!name.equals(expected.get(i))) {
				violations.add(new Violation(1, name, "misplaced column: found at position " + (header.indexOf(name) + 1)
						+ ", the schema puts it at position " + (fieldNames().indexOf(name) + 1)));
			}
		}
		return violations;
	}

	/** The field of each column, matched by name; null for an unknown or repeated column, which is not checked. */
	private List<Field> columns(List<String> header) {
		List<Field> columns = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			boolean first = header.indexOf(header.get(i)) == i;
			columns.add(first ? fieldsByName.get(header.get(i)) : null);
		}
		return columns;
	}

	private List<Violation> checkRow(int row, List<String> cells, List<Field> columns) {
		if (cells.size() != columns.size()) {
			// cells cannot be matched to columns
			return List.of(new Violation(row, null,
					"the row has " + cells.size() + " cells, the header has " + columns.size()));
		}
		List<Violation> violations = new ArrayList<>();
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			Field field = columns.get(i);
			if (field != null) {
				violations.addAll(checkCell(row, field, cells.get(i)));
				values.put(field.name(), isMissing(cells.get(i)) ? null : cells.get(i));
			}
		}
		for (CustomCheck check : customChecks) {
			// a column absent from the file is already reported on the header line
			if (values.keySet().containsAll(check.columns())) {
				check.rule().check(row, values).ifPresent(violations::add);
			}
		}
		return violations;
	}

	private List<Violation> checkCell(int row, Field field, String raw) {
		if (isMissing(raw)) {
			return field.required() ? List.of(new Violation(row, field.name(), "a value is required")) : List.of();
		}
		Object value = field.read(raw);
		if (value == null) {
			return List.of(new Violation(row, field.name(), quoted(raw) + " is not " + field.typeDescription()));
		}
		return field.constraints()
			.stream()
			.map(constraint -> constraint.problem(raw, value))
			.filter(Objects::nonNull)
			.map(problem -> new Violation(row, field.name(), problem))
			.toList();
	}

	private boolean isMissing(String raw) {
		return missingValues.contains(raw);
	}

	// ---- values

	private static boolean same(Object allowed, Object value) {
		if (allowed instanceof BigDecimal number && value instanceof BigDecimal other) {
			return number.compareTo(other) == 0;
		}
		return allowed.equals(value);
	}

	@SuppressWarnings("unchecked")
	private static int compare(Object value, Object bound) {
		return ((Comparable<Object>) value).compareTo(bound);
	}

	private static int codePoints(String value) {
		return value.codePointCount(0, value.length());
	}

	private static String quoted(String value) {
		String shown = codePoints(value) <= 40 ? value : value.substring(0, value.offsetByCodePoints(0, 40)) + "…";
		return "'" + shown + "'";
	}

	private static BigDecimal decimal(String raw, Pattern syntax) {
		try {
			return syntax.matcher(raw).matches() ? new BigDecimal(raw) : null;
		}
		catch (NumberFormatException e) {
			// an exponent out of BigDecimal's range
			return null;
		}
	}

	private static LocalDate isoDate(String raw) {
		try {
			// ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March
			return ISO_DATE.matcher(raw).matches() ? LocalDate.parse(raw) : null;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private enum Type {

		STRING, NUMBER, INTEGER, DATE, BOOLEAN;

		static Type named(String name) {
			return Arrays.stream(values())
				.filter(type -> type.toString().equals(name))
				.findFirst()
				.orElseThrow(() -> unsupported("field type '" + name + "'"));
		}

		boolean numeric() {
			return this == NUMBER || this == INTEGER;
		}

		boolean ordered() {
			return numeric() || this == DATE;
		}

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private record Field(String name, Type type, List<String> trueValues, List<String> falseValues, boolean required,
			List<Constraint> constraints) {

		Field withConstraints(List<Constraint> constraints) {
			return new Field(name, type, trueValues, falseValues, required, List.copyOf(constraints));
		}

		/** The logical value of a non-missing cell, or null when the cell is not of the field's type. */
		Object read(String raw) {
			return switch (type) {
				case STRING -> raw;
				case NUMBER -> decimal(raw, NUMBER_SYNTAX);
				case INTEGER -> decimal(raw, INTEGER_SYNTAX);
				case DATE -> isoDate(raw);
				case BOOLEAN -> trueValues.contains(raw) ? Boolean.TRUE : falseValues.contains(raw) ? Boolean.FALSE : null;
			};
		}

		String typeDescription() {
			return switch (type) {
				case STRING -> "a string";
				case NUMBER -> "a number with '.' as decimal separator";
				case INTEGER -> "an integer";
				case DATE -> "a calendar date written YYYY-MM-DD";
				case BOOLEAN -> "a boolean: " + String.join(" or ", trueValues) + " for true, "
						+ String.join(" or ", falseValues) + " for false";
			};
		}

	}

	/** One constraint of a field, applied to a non-missing cell already read with the field's type. */
	@FunctionalInterface
	private interface Constraint {

		/** @return why the cell breaks the constraint, or null when it holds */
		String problem(String raw, Object value);

	}

	/** A check across cells of a row; it sees the row's values by column name, a missing value as null. */
	@FunctionalInterface
	private interface RowRule {

		Optional<Violation> check(int row, Map<String, String> values);

	}

	private record CustomCheck(List<String> columns, RowRule rule) {
	}

	/** A file that cannot be read any further. */
	private static final class Unreadable extends RuntimeException {

		private final int row;

		Unreadable(int row, String message) {
			super(message, null, false, false);
			this.row = row;
		}

	}

	/**
	 * An RFC 4180 reader: comma separators, cells quoted with '"' and '""' for a quote inside, CRLF or LF line ends,
	 * an optional line end after the last record. It refuses what RFC 4180 does not allow rather than guess.
	 */
	private static final class CsvReader {

		private static final String CELL_ENDS = ",\r\n";

		private final String text;

		private int position;

		private int record = 1;

		CsvReader(String text) {
			this.text = text;
		}

		List<List<String>> records() {
			List<List<String>> records = new ArrayList<>();
			while (position < text.length()) {
				records.add(record());
				record++;
			}
			return records;
		}

		private List<String> record() {
			List<String> cells = new ArrayList<>();
			while (true) {
				cells.add(cell());
				if (position == text.length()) {
					return cells;
				}
				char end = text.charAt(position++);
				if (end == '\n' || end == '\r' && next('\n')) {
					return cells;
				}
				if (end == '\r') {
					throw new Unreadable(record, "a carriage return that is not followed by a line feed");
				}
			}
		}

		private boolean next(char expected) {
			boolean found = position < text.length() && text.charAt(position) == expected;
			if (found) {
				position++;
			}
			return found;
		}

		private String cell() {
			return next('"') ? quotedCell() : bareCell();
		}

		private String bareCell() {
			int start = position;
			while (position < text.length() && CELL_ENDS.indexOf(text.charAt(position)) < 0) {
				if (text.charAt(position) == '"') {
					throw new Unreadable(record, "a quote inside a cell that is not quoted");
				}
				position++;
			}
			return text.substring(start, position);
		}

		private String quotedCell() {
			StringBuilder cell = new StringBuilder();
			while (true) {
				int quote = text.indexOf('"', position);
				if (quote < 0) {
					throw new Unreadable(record, "a quoted cell that is never closed");
				}
				cell.append(text, position, quote);
				position = quote + 1;
				if (!next('"')) {
					requireCellEnd();
					return cell.toString();
				}
				cell.append('"');
			}
		}

		private void requireCellEnd() {
			if (position < text.length() && CELL_ENDS.indexOf(text.charAt(position)) < 0) {
				throw new Unreadable(record, "text after the closing quote of a cell");
			}
		}

	}

}
