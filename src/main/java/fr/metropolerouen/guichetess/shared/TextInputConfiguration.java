package fr.metropolerouen.guichetess.shared;

import java.beans.PropertyEditorSupport;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text that reaches the service, in a JSON body, a form or a query parameter, is refused when it holds a
 * {@linkplain ControlCharacters control character}: with a 400 naming the field rather than a 500 from the
 * database. Done once here, so that no request record or form can forget it.
 */
@Configuration(proxyBeanMethods = false)
class TextInputConfiguration {

	/** Registered by Spring Boot on the application's object mapper, the one that reads request bodies. */
	@Bean
	Module controlCharacterFreeStrings() {
		return new SimpleModule("ControlCharacterFreeStrings").addDeserializer(String.class, new CheckedStrings());
	}

	/** Jackson's own reading of a string (numbers and booleans are accepted as text), then the check. */
	static final class CheckedStrings extends StdScalarDeserializer<String> {

		CheckedStrings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (ControlCharacters.present(text)) {
				throw new ControlCharacterInText(parser);
			}
			return text;
		}

	}

	/** Carries the field's path (added by Jackson on the way up) to {@link ApiExceptionHandler}. */
	static final class ControlCharacterInText extends MismatchedInputException {

		ControlCharacterInText(JsonParser parser) {
			super(parser, ControlCharacters.MESSAGE, String.class);
		}

	}

	/** Form fields and request parameters: the binding fails, and the page or the problem says which field. */
	@ControllerAdvice
	static class ControlCharacterFreeParameters {

		@InitBinder
		void refuseControlCharacters(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

				@Override
				public void setAsText(String text) {
					if (ControlCharacters.present(text)) {
						throw new IllegalArgumentException(ControlCharacters.MESSAGE);
					}
					setValue(text);
				}

			});
		}

	}

}
