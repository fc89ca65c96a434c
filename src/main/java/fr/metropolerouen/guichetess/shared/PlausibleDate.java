package fr.metropolerouen.guichetess.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a person could mean in this service: not before {@link #EARLIEST} and at most {@link #YEARS_AHEAD} years
 * after today (Rouen's calendar). A year typed 0202 or 20266 is a slip, which letters, deadlines and schedules
 * would otherwise carry on. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	/** The oldest date the service accepts (a de minimis aid, a lease, works started long ago). */
	LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	/** How far ahead a date may lie (a lease or works planned, a deadline extended). */
	int YEARS_AHEAD = 10;

	/** Why a date is refused, in French; also for the pages that read a typed date themselves. */
	String MESSAGE = "n'est pas une date plausible : elle doit être comprise entre le 01/01/1950 et dix ans après aujourd'hui";

	String message() default MESSAGE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Public with a public constructor: Hibernate Validator instantiates it outside Spring too. */
	class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || isPlausible(value, LocalDate.now(context.getClockProvider().getClock()));
		}

		/** The rule itself, for a date a page has read from the text typed. */
		public static boolean isPlausible(LocalDate date, LocalDate today) {
			return !date.isBefore(EARLIEST) && !date.isAfter(today.plusYears(YEARS_AHEAD));
		}

	}

}
