package fr.metropolerouen.guichetess.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of request bodies that a write endpoint must refuse without failing: random JSON trees (with the
 * body's own field names among random ones), a valid-looking body with one field given a value it cannot take, and
 * truncated or random bytes.
 * <p>
 * A mutated field gets a value its type cannot hold (an object for a text, a word for a number, an impossible date, a
 * number beyond any amount, a NUL character…), never one that Jackson would quietly coerce (a number for a text):
 * such a body is refused whatever the endpoint's own rules. A random tree may still be accepted by an endpoint whose
 * fields are all optional; the test allows it and then takes the new state as its reference.
 */
final class MalformedJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** The id that a valid-looking body gives to the records it names: it matches none. */
	private static final UUID NO_RECORD = UUID.fromString("00000000-0000-4000-8000-000000000000");

	private MalformedJson() {
	}

	/** Random JSON of any shape, up to four levels deep, mixing the body's field names with random ones. */
	static Arbitrary<String> randomTrees(List<String> fieldNames) {
		return Arbitraries.recursive(MalformedJson::scalars, inner -> containers(inner, fieldNames), 0, 4)
			.map(JsonNode::toString);
	}

	/** The valid body with one of its fields (at any depth) replaced by a value its type cannot take. */
	static Arbitrary<String> mutations(Class<?> bodyType) {
		if (!bodyType.isRecord() || bodyType.getRecordComponents().length == 0) {
			return randomTrees(List.of());
		}
		ObjectNode valid = validBody(bodyType);
		List<RecordComponent> fields = List.of(bodyType.getRecordComponents());
		return Arbitraries.of(fields).flatMap(field -> impossibleValues(field.getGenericType()).map(value -> {
			ObjectNode mutated = valid.deepCopy();
			mutated.set(field.getName(), value);
			return mutated.toString();
		}));
	}

	/** The valid body cut short at a random place. */
	static Arbitrary<String> truncations(Class<?> bodyType) {
		String valid = bodyType.isRecord() ? validBody(bodyType).toString() : "{\"champ\": [1, 2, {\"a\": null}]}";
		return Arbitraries.integers().between(0, Math.max(0, valid.length() - 1)).map(end -> valid.substring(0, end));
	}

	/** Random bytes, often not UTF-8. */
	static Arbitrary<byte[]> randomBytes() {
		return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(2000);
	}

	/** A path segment that cannot be what the endpoint expects, or an id that matches nothing. */
	static Arbitrary<String> junkPathSegments() {
		return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_.~").ofMinLength(1)
			.ofMaxLength(60), Arbitraries.strings().numeric().ofLength(2000),
				uuids().map(UUID::toString), uuids().map(uuid -> uuid.toString().replace('-', 'z')),
				Arbitraries.of("-1", "0", "null", "undefined", "%27%20OR%201=1", "%3Cscript%3E", "9e999", "%20"));
	}

	/** The text of {@link #validBody}, or an arbitrary object when the body is not a record. */
	static String validBodyText(Class<?> type) {
		return type.isRecord() ? validBody(type).toString() : "{\"champ\": 1}";
	}

	/** A body that looks valid: each field holds a plausible value of its type. */
	static ObjectNode validBody(Class<?> type) {
		ObjectNode body = NODES.objectNode();
		for (RecordComponent field : type.getRecordComponents()) {
			body.set(field.getName(), plausible(field.getGenericType()));
		}
		return body;
	}

	private static JsonNode plausible(Type type) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			return NODES.textNode("Texte d'essai");
		}
		if (raw == BigDecimal.class) {
			return NODES.numberNode(new BigDecimal("10.00"));
		}
		if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
			return NODES.numberNode(1);
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return NODES.booleanNode(true);
		}
		if (raw == LocalDate.class) {
			return NODES.textNode(LocalDate.now().toString());
		}
		if (raw == UUID.class) {
			return NODES.textNode(NO_RECORD.toString());
		}
		if (raw.isEnum()) {
			return NODES.textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
		}
		if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
			ArrayNode array = NODES.arrayNode();
			array.add(plausible(list.getActualTypeArguments()[0]));
			return array;
		}
		if (raw.isRecord()) {
			return validBody(raw);
		}
		return NODES.nullNode();
	}

	private static Arbitrary<JsonNode> impossibleValues(Type type) {
		Class<?> raw = raw(type);
		Arbitrary<JsonNode> object = Arbitraries.just(NODES.objectNode().put("inattendu", true));
		Arbitrary<JsonNode> array = Arbitraries.just(NODES.arrayNode().add(1).add("deux"));
		Arbitrary<JsonNode> word = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
			.map(text -> NODES.textNode("x" + text));
		if (raw == String.class) {
			return Arbitraries.oneOf(object, array, word.map(text -> NODES.textNode(text.asText() + "\u0000")),
					Arbitraries.just(NODES.textNode("fin de ligne \u001b[31m")));
		}
		if (raw == BigDecimal.class) {
			return Arbitraries.oneOf(object, word, Arbitraries.of("1e400", "-1e400", "0.001", "1234567890123.456")
				.map(number -> NODES.numberNode(new BigDecimal(number))));
		}
		if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
			return Arbitraries.oneOf(object, word, Arbitraries.of("9223372036854775808", "-9223372036854775809", "1e30")
				.map(number -> NODES.numberNode(new BigDecimal(number))));
		}
		if (raw == LocalDate.class) {
			return Arbitraries.oneOf(object, word,
					Arbitraries.of("2026-02-30", "2026-13-01", "31/12/2026", "+999999999-12-31T").map(NODES::textNode));
		}
		if (raw.isEnum() || raw == UUID.class || raw == Boolean.class || raw == boolean.class) {
			return Arbitraries.oneOf(object, array, word);
		}
		if (List.class.isAssignableFrom(raw)) {
			return Arbitraries.oneOf(object, word);
		}
		return Arbitraries.oneOf(array, word);
	}

	private static Arbitrary<JsonNode> scalars() {
		return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(NODES.nullNode())),
				Tuple.of(2, Arbitraries.of(true, false).map(NODES::booleanNode)),
				Tuple.of(4, Arbitraries.bigDecimals().ofScale(3).between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
					.map(NODES::numberNode)),
				Tuple.of(6, Arbitraries.strings().ofMaxLength(50).map(NODES::textNode)),
				// now and then a text longer than any field allows
				Tuple.of(1, Arbitraries.strings().ofMinLength(5000).ofMaxLength(10000).map(NODES::textNode)));
	}

	private static Arbitrary<JsonNode> containers(Arbitrary<JsonNode> inner, List<String> fieldNames) {
		Arbitrary<String> names = fieldNames.isEmpty() ? Arbitraries.strings().alpha().ofMaxLength(10)
				: Arbitraries.oneOf(Arbitraries.of(fieldNames), Arbitraries.strings().alpha().ofMaxLength(10));
		Arbitrary<JsonNode> objects = Combinators.combine(names.list().ofMaxSize(4), inner.list().ofMaxSize(4))
			.as((keys, values) -> {
				ObjectNode object = NODES.objectNode();
				for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
					object.set(keys.get(i), values.get(i));
				}
				return object;
			});
		Arbitrary<JsonNode> arrays = inner.list().ofMaxSize(4).map(values -> {
			ArrayNode array = NODES.arrayNode();
			values.forEach(array::add);
			return array;
		});
		return Arbitraries.frequencyOf(Tuple.of(3, objects), Tuple.of(1, arrays), Tuple.of(1, inner));
	}

	/** Random ids drawn from jqwik's randomness, so that they replay with the seed. */
	private static Arbitrary<UUID> uuids() {
		return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType p) {
			return (Class<?>) p.getRawType();
		}
		return Object.class;
	}

}
