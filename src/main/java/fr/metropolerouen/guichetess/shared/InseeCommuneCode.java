package fr.metropolerouen.guichetess.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * The form of an INSEE commune code (code officiel géographique): five characters, two digits for the département
 * (2A and 2B for Corsica) and three for the commune. It is not a postcode. Whether the commune lies in the Métropole
 * is an eligibility criterion ({@code scheme.Territory}), not a reason to refuse the input.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Pattern(regexp = "(\\d{2}|2[AB])\\d{3}")
@ReportAsSingleViolation
public @interface InseeCommuneCode {

	String message() default "doit être un code commune INSEE à 5 caractères (par exemple 76540), pas un code postal";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
