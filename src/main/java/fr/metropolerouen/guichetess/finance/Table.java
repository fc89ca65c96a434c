package fr.metropolerouen.guichetess.finance;

import java.util.List;

/**
 * Rows to export, with typed columns: a spreadsheet keeps amounts as numbers and dates as dates.
 *
 * @param name the sheet's name and the file's base name
 */
record Table(String name, List<Column> columns, List<List<Object>> rows) {

	enum Type {

		TEXT, INTEGER, AMOUNT, DATE, TIMESTAMP

	}

	record Column(String header, Type type) {

		static Column text(String header) {
			return new Column(header, Type.TEXT);
		}

		static Column integer(String header) {
			return new Column(header, Type.INTEGER);
		}

		static Column amount(String header) {
			return new Column(header, Type.AMOUNT);
		}

		static Column date(String header) {
			return new Column(header, Type.DATE);
		}

		static Column timestamp(String header) {
			return new Column(header, Type.TIMESTAMP);
		}

	}

}
