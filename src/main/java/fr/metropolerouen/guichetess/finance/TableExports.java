package fr.metropolerouen.guichetess.finance;

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
final class TableExports {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final CSVFormat FINANCE_CSV = CSVFormat.RFC4180.builder().setDelimiter(';').get();

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(FrenchFormat.ZONE);

	private TableExports() {
	}

	static ResponseEntity<byte[]> csv(Table table) {
		return file(table.name() + ".csv", CSV, csvBytes(table));
	}

	static ResponseEntity<byte[]> xlsx(Table table) {
		return file(table.name() + ".xlsx", XLSX, xlsxBytes(table));
	}

	static byte[] csvBytes(Table table) {
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

	static byte[] xlsxBytes(Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Guichet ESS", "1.0");
			Worksheet sheet = workbook.newWorksheet(table.name());
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
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
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

	private static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
