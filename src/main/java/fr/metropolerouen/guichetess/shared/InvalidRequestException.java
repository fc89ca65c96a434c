package fr.metropolerouen.guichetess.shared;

import java.util.List;

/** The request breaks a business validation rule (answered 400), with one French message per faulty field. */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequestException(String frenchDetail, List<FieldError> errors) {
		super(frenchDetail);
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String frenchDetail) {
		this(frenchDetail, List.of());
	}

	public List<FieldError> errors() {
		return errors;
	}

	public record FieldError(String field, String message) {
	}

}
