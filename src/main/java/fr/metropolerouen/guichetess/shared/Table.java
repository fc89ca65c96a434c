package fr.metropolerouen.guichetess.shared;

import java.util.List;

/**
 * Rows to export, with typed columns: a spreadsheet keeps amounts as numbers and dates as dates.
 *
 * @param name the sheet's name and the file's base name
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {

	public enum Type {

		TEXT, INTEGER, AMOUNT, DECIMAL, DATE, TIMESTAMP

	}

	public record Column(String header, Type type) {

		public static Column text(String header) {
			return new Column(header, Type.TEXT);
		}

		public static Column integer(String header) {
			return new Column(header, Type.INTEGER);
		}

		public static Column amount(String header) {
			return new Column(header, Type.AMOUNT);
		}

		/** A number with one decimal (a duration in days, say). */
		public static Column decimal(String header) {
			return new Column(header, Type.DECIMAL);
		}

		public static Column date(String header) {
			return new Column(header, Type.DATE);
		}

		public static Column timestamp(String header) {
			return new Column(header, Type.TIMESTAMP);
		}

	}

}
