package fr.metropolerouen.guichetess.web;

import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal of a form on the form itself: each field's French message next to that field. */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Field errors on the fields the form has, the others (and the general explanation) at the top of the form.
	 * The form keeps what the user typed: only errors are added.
	 */
	public static void show(InvalidRequestException refusal, BindingResult form) {
		if (refusal.errors().isEmpty()) {
			form.reject("refused", refusal.getMessage());
			return;
		}
		for (InvalidRequestException.FieldError error : refusal.errors()) {
			String field = error.field();
			if (field != null && form.getFieldType(field) != null) {
				form.rejectValue(field, "refused", error.message());
			}
			else {
				form.reject("refused", error.message());
			}
		}
	}

	/** A refusal that concerns the whole form (a step no longer open, an amount the envelope cannot cover). */
	public static void show(RuntimeException refusal, BindingResult form) {
		if (refusal instanceof InvalidRequestException invalid) {
			show(invalid, form);
		}
		else {
			form.reject("refused", refusal.getMessage());
		}
	}

}
