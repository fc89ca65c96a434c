package fr.metropolerouen.guichetess.shared;

/**
 * The request is well-formed but the current state of a resource forbids it (answered 409): a step that is not
 * open, a decision already taken, an envelope that cannot cover an amount. The message is French and shown as is.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String frenchDetail) {
		super(frenchDetail);
	}

}
