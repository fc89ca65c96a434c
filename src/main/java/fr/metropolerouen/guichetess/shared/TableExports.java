package fr.metropolerouen.guichetess.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a table as a file a finance application can import: CSV (UTF-8, semicolon, dot decimals, ISO dates, one
 * header line, RFC 4180 quoting) or an XLSX sheet with numbers and dates typed as such.
 */
public final class TableExports {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final CSVFormat FINANCE_CSV = CSVFormat.RFC4180.builder().setDelimiter(';').get();

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(FrenchFormat.ZONE);

	private TableExports() {
	}

	public static ResponseEntity<byte[]> csv(Table table) {
		return attachment(table.name() + ".csv", CSV, csvBytes(table));
	}

	public static ResponseEntity<byte[]> xlsx(Table table) {
		return attachment(table.name() + ".xlsx", XLSX, xlsxBytes(table));
	}

	public static byte[] csvBytes(Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, FINANCE_CSV)) {
			printer.printRecord(table.columns().stream().map(Table.Column::header).toList());
			for (List<Object> row : table.rows()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.size(); i++) {
					cells.add(text(row.get(i)));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	public static byte[] xlsxBytes(Table table) {
		return xlsxBytes(List.of(table));
	}

	/** A workbook of several tables, one sheet each, named after its table. */
	public static ResponseEntity<byte[]> xlsx(String fileName, List<Table> sheets) {
		return attachment(fileName + ".xlsx", XLSX, xlsxBytes(sheets));
	}

	public static byte[] xlsxBytes(List<Table> tables) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Guichet ESS", "1.0");
			tables.forEach(table -> write(workbook.newWorksheet(table.name()), table));
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void write(Worksheet sheet, Table table) {
		for (int c = 0; c < table.columns().size(); c++) {
			sheet.value(0, c, table.columns().get(c).header());
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < table.rows().size(); r++) {
			List<Object> row = table.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				cell(sheet, r + 1, c, table.columns().get(c).type(), row.get(c));
			}
		}
	}

	private static void cell(Worksheet sheet, int row, int column, Table.Type type, Object value) {
		if (value == null) {
			return;
		}
		switch (type) {
			case AMOUNT -> {
				sheet.value(row, column, (BigDecimal) value);
				sheet.style(row, column).format("#,##0.00").set();
			}
			case INTEGER -> sheet.value(row, column, (Number) value);
			case DECIMAL -> {
				sheet.value(row, column, (BigDecimal) value);
				sheet.style(row, column).format("0.0").set();
			}
			case DATE -> {
				sheet.value(row, column, (LocalDate) value);
				sheet.style(row, column).format("yyyy-mm-dd").set();
			}
			case TIMESTAMP -> sheet.value(row, column, TIMESTAMP.format((Instant) value));
			case TEXT -> sheet.value(row, column, value.toString());
		}
	}

	/** Amounts keep their two decimals with a dot; dates are ISO 8601; times are in Paris time. */
	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		if (value instanceof Instant instant) {
			return TIMESTAMP.format(instant);
		}
		return value.toString();
	}

	/** A file to download under that name. */
	public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
