package fr.metropolerouen.guichetess.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A SIRET as {@link Siret#isValid} reads it: 14 digits with valid SIREN and SIRET keys, or one of La Poste's
 * establishments, whose keys follow another rule. Null is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidSiret.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSiret {

	String message() default "n'est pas un numéro SIRET valide (14 chiffres et une clé de contrôle exacte)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Public with a public constructor: Hibernate Validator instantiates it outside Spring too. */
	class Validator implements ConstraintValidator<ValidSiret, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || Siret.isValid(value);
		}

	}

}
