package fr.metropolerouen.guichetess.shared;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text received as JSON may not carry control characters other than tab, line feed and carriage return. Nobody types
 * them in a form; JSON lets them through escaped ({@code \u0000}), PostgreSQL cannot store a NUL in a text column, and
 * the others (escape, bell, backspace) would reach letters, mails and CSV exports as they are. Refusing them when the
 * body is read gives the client a 400 naming the field, before anything is saved.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	Module textWithoutControlCharacters() {
		return new SimpleModule("TextWithoutControlCharacters").addDeserializer(String.class,
				new TextWithoutControlCharacters());
	}

	static final class TextWithoutControlCharacters extends StdScalarDeserializer<String> {

		TextWithoutControlCharacters() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.chars().anyMatch(TextWithoutControlCharacters::isForbidden)) {
				return (String) context.handleWeirdStringValue(String.class, text,
						"contient un caractère de contrôle");
			}
			return text;
		}

		private static boolean isForbidden(int c) {
			return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
		}

	}

}
