package fr.metropolerouen.guichetess.shared;

/** A resource does not exist, or the caller may not know that it exists (answered 404 either way). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String frenchDetail) {
		super(frenchDetail);
	}

}
