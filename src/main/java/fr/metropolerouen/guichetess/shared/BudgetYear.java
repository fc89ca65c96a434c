package fr.metropolerouen.guichetess.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A budget year the service knows: from 2000 to 2100. Null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = {})
@Min(2000)
@Max(2100)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface BudgetYear {

	String message() default "doit être une année valide";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
