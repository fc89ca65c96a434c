package fr.metropolerouen.guichetess.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * A euro amount as the API accepts it: not negative, at most two decimals, below one billion. Combine with
 * {@code @NotNull} or {@code @Positive} where the field requires it.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@DecimalMin("0.00")
@DecimalMax("999999999.99")
@Digits(integer = 9, fraction = 2)
@ReportAsSingleViolation
public @interface EuroAmount {

	String message() default "doit être un montant en euros positif ou nul, avec au plus deux décimales";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
