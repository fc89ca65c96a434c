package fr.metropolerouen.guichetess.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The files handed to the finance department: CSV as its tools import it, XLSX with typed cells. */
class TableExportsTests {

	private static final Table TABLE = new Table("engagements",
			List.of(Table.Column.text("libellé"), Table.Column.amount("montant"), Table.Column.integer("annee"),
					Table.Column.text("note"), Table.Column.date("date"), Table.Column.timestamp("horodatage")),
			List.of(Arrays.asList("Atelier; \"Le Quai\"", new BigDecimal("1234.50"), 2024, null,
					LocalDate.of(2024, 3, 31), Instant.parse("2024-01-15T10:00:00Z")),
					Arrays.asList("Société Coopérative", new BigDecimal("0.00"), 2025, "ok", LocalDate.of(2025, 7, 1),
							Instant.parse("2024-07-15T10:00:00Z"))));

	@Test
	void theCsvIsUtf8WithSemicolonsQuotingDotDecimalsIsoDatesAndParisTime() {
		byte[] csv = TableExports.csvBytes(TABLE);

		String expected = "libellé;montant;annee;note;date;horodatage\r\n"
				+ "\"Atelier; \"\"Le Quai\"\"\";1234.50;2024;;2024-03-31;2024-01-15T11:00:00\r\n"
				+ "Société Coopérative;0.00;2025;ok;2025-07-01;2024-07-15T12:00:00\r\n";
		assertThat(csv).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theCsvHasNoByteOrderMark() {
		byte[] csv = TableExports.csvBytes(TABLE);

		assertThat(csv[0]).isEqualTo((byte) 'l');
	}

	@Test
	void theCsvOfATableWithoutRowsIsItsHeader() {
		Table empty = new Table("vide", List.of(Table.Column.text("a"), Table.Column.amount("b")), List.of());

		assertThat(new String(TableExports.csvBytes(empty), StandardCharsets.UTF_8)).isEqualTo("a;b\r\n");
	}

	@Test
	void theCsvResponseIsAnAttachmentNamedAfterTheTable() {
		var response = TableExports.csv(TABLE);

		assertThat(response.getHeaders().getContentType()).isEqualTo(TableExports.CSV);
		assertThat(response.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("engagements.csv");
		assertThat(response.getBody()).isEqualTo(TableExports.csvBytes(TABLE));
	}

	@Test
	void theXlsxHasAHeaderRowAndTypedCells() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableExports.xlsxBytes(TABLE)),
				new ReadingOptions(true, false))) {
			Sheet sheet = workbook.getFirstSheet();
			List<Row> rows = sheet.read();

			assertThat(sheet.getName()).isEqualTo("engagements");
			assertThat(rows).hasSize(3);
			assertThat(rows.get(0).stream().map(Cell::asString))
				.containsExactly("libellé", "montant", "annee", "note", "date", "horodatage");

			Row first = rows.get(1);
			assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).asString()).isEqualTo("Atelier; \"Le Quai\"");
			assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("1234.5");
			assertThat(first.getCell(1).getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("2024");
			assertThat(first.getOptionalCell(3).map(Cell::getType)).isEmpty();
			assertThat(first.getCell(4).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2024, 3, 31, 0, 0));
			assertThat(first.getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(first.getCell(5).asString()).isEqualTo("2024-01-15T11:00:00");

			Row second = rows.get(2);
			assertThat(second.getCell(0).asString()).isEqualTo("Société Coopérative");
			assertThat(second.getCell(1).asNumber()).isEqualByComparingTo("0");
			assertThat(second.getCell(3).asString()).isEqualTo("ok");
			assertThat(second.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2025, 7, 1, 0, 0));
			assertThat(second.getCell(5).asString()).isEqualTo("2024-07-15T12:00:00");
		}
	}

	@Test
	void theXlsxResponseIsAnAttachmentNamedAfterTheTable() {
		var response = TableExports.xlsx(TABLE);

		assertThat(response.getHeaders().getContentType()).isEqualTo(TableExports.XLSX);
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("engagements.xlsx");
		assertThat(ReadableWorkbook.isOOXMLZipHeader(response.getBody())).isTrue();
	}

}
