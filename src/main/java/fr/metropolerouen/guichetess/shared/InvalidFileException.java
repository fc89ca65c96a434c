package fr.metropolerouen.guichetess.shared;

import java.util.List;

/** An uploaded file breaks the expected format (answered 400), with one French message per faulty line and column. */
public class InvalidFileException extends RuntimeException {

	private final List<LineError> errors;

	public InvalidFileException(String frenchDetail, List<LineError> errors) {
		super(frenchDetail);
		this.errors = List.copyOf(errors);
	}

	public List<LineError> errors() {
		return errors;
	}

	/**
	 * @param line the line of the file, the header being line 1
	 * @param field the column, or null for the whole line
	 */
	public record LineError(int line, String field, String message) {
	}

}
