package fr.metropolerouen.guichetess.shared;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.metropolerouen.guichetess.shared.upload.UploadLimits;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every error of the REST API into an RFC 9457 problem with a French {@code detail}, and field errors into an
 * {@code errors} list, so that a client never receives a stack trace or an English framework message.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final UploadLimits uploadLimits;

	ApiExceptionHandler(UploadLimits uploadLimits) {
		this.uploadLimits = uploadLimits;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Ressource introuvable", e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "Action impossible dans l'état actuel", e.getMessage());
	}

	/** Two requests changed the same data at once (optimistic check) or waited too long for a lock. */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail concurrentUpdate(ConcurrencyFailureException e) {
		return problem(HttpStatus.CONFLICT, "Modification concurrente",
				"Ces données ont été modifiées en même temps par une autre action. Rechargez-les puis réessayez.");
	}

	/**
	 * The database cannot be reached (stopped, restarting, network): the request changed nothing and may be sent
	 * again, which 503 says (with the time a restart of PostgreSQL usually takes), unlike a 500.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
		log.warn("Database unavailable: {}", e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(FrenchStatus.problem(HttpStatus.SERVICE_UNAVAILABLE));
	}

	/** A uniqueness rule of the database caught a duplicate that a concurrent request created first. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail duplicate(DataIntegrityViolationException e) {
		log.info("Request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "Conflit",
				"Cette opération entre en conflit avec des données enregistrées entre-temps. Rechargez puis réessayez.");
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException e) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "Requête invalide", e.getMessage()), e.errors());
	}

	@ExceptionHandler(InvalidFileException.class)
	ProblemDetail invalidFile(InvalidFileException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Fichier invalide", e.getMessage());
		problem.setProperty("errors", e.errors().stream().map(error -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("line", error.line());
			line.put("field", error.field());
			line.put("message", error.message());
			return line;
		}).toList());
		return problem;
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalidBody(BindException e) {
		List<InvalidRequestException.FieldError> errors = e.getFieldErrors()
			.stream()
			.map(error -> new InvalidRequestException.FieldError(error.getField(),
					error.isBindingFailure() ? "« " + shown(error.getRejectedValue()) + " » n'est pas une valeur valide"
							+ allowedValues(e.getFieldType(error.getField()))
							: error.getDefaultMessage()))
			.toList();
		return invalidData(errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail invalidParameters(ConstraintViolationException e) {
		List<InvalidRequestException.FieldError> errors = e.getConstraintViolations()
			.stream()
			.map(v -> new InvalidRequestException.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return invalidData(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException e) {
		List<InvalidRequestException.FieldError> errors = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new InvalidRequestException.FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return invalidData(errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof TextInputConfiguration.ControlCharacterInText text) {
			return invalidData(List.of(new InvalidRequestException.FieldError(fieldPath(text), ControlCharacters.MESSAGE)));
		}
		return problem(HttpStatus.BAD_REQUEST, "Requête invalide", unreadableDetail(e.getCause()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		if (e.getRequiredType() == String.class) {
			// a text parameter fails only on a control character (TextInputConfiguration): not echoed back
			return invalidData(List.of(new InvalidRequestException.FieldError(e.getName(), ControlCharacters.MESSAGE)));
		}
		return problem(HttpStatus.BAD_REQUEST, "Requête invalide",
				"La valeur « " + shown(e.getValue()) + " » n'est pas valide pour le paramètre « " + e.getName() + " »"
						+ allowedValues(e.getRequiredType()) + ".");
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException e) {
		return problem(HttpStatus.BAD_REQUEST, "Requête invalide",
				"La partie « " + e.getRequestPartName() + " » est obligatoire.");
	}

	/** A multipart body that cannot be read (cut short, no closing boundary, broken headers). */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableMultipart(MultipartException e) {
		return problem(HttpStatus.BAD_REQUEST, "Requête invalide",
				"Le formulaire envoyé (multipart/form-data) est incomplet ou mal formé.");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
		ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "Fichier trop volumineux",
				uploadLimits.tooLargeMessage());
		return withErrors(problem, List.of(new InvalidRequestException.FieldError("file", "dépasse la taille maximale autorisée")));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Accès refusé", "Votre rôle ne vous permet pas d'effectuer cette action.");
	}

	/**
	 * Remaining Spring MVC errors (unknown route, wrong method, unsupported media type…) keep their status; anything
	 * else is an unexpected error, logged, and answered without its details.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		if (e instanceof ErrorResponse framework) {
			HttpStatusCode status = framework.getStatusCode();
			return FrenchStatus.problem(status);
		}
		log.error("Unexpected error while serving an API request", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne",
				"Une erreur inattendue s'est produite. Rien n'a été modifié ; réessayez ou contactez le service.");
	}

	static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static ProblemDetail invalidData(List<InvalidRequestException.FieldError> errors) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "Requête invalide",
				"La requête contient des données invalides : " + summary(errors)), errors);
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<InvalidRequestException.FieldError> errors) {
		if (!errors.isEmpty()) {
			problem.setProperty("errors",
					errors.stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
		}
		return problem;
	}

	private static String summary(List<InvalidRequestException.FieldError> errors) {
		return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining(" ; ")) + ".";
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	private static String unreadableDetail(Throwable cause) {
		if (cause instanceof InvalidFormatException format) {
			return "La valeur « " + shown(format.getValue()) + " » n'est pas valide pour le champ « "
					+ fieldPath(format) + " »" + allowedValues(format.getTargetType()) + ".";
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return "Le champ « " + fieldPath(mismatch) + " » n'a pas le format attendu.";
		}
		return "Le corps de la requête n'est pas un document JSON valide.";
	}

	/**
	 * A value the client sent, as echoed in a message: control characters replaced and cut to 60 characters, so that a
	 * 1 MB string or a NUL sent back does not make the answer itself a problem.
	 */
	private static String shown(Object value) {
		String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	private static String fieldPath(JsonMappingException e) {
		return e.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String allowedValues(Class<?> type) {
		if (type == null || !type.isEnum()) {
			return "";
		}
		return " (valeurs admises : "
				+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) + ")";
	}

}
