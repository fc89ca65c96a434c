package fr.metropolerouen.guichetess.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * The requests generated for one endpoint, by what it reads: a JSON body gets random trees, mutations of a valid
 * body, truncated JSON, random bytes and the wrong content type; a multipart form gets random files, cut-off forms and
 * JSON; an endpoint that reads only its path gets junk in one of its ids. Ids otherwise point at existing records.
 */
final class FuzzRequests {

	private static final String JSON = "application/json";

	private static final String BOUNDARY = "fuzzBoundary";

	private FuzzRequests() {
	}

	static Arbitrary<FuzzRequest> of(WriteEndpoint endpoint, List<String> pathTargets) {
		String path = path(endpoint, pathTargets);
		if (endpoint.bodyType() != null) {
			return jsonBodies(endpoint, path, pathTargets);
		}
		if (endpoint.multipart()) {
			return multipartBodies(endpoint, path, pathTargets);
		}
		return junkPaths(endpoint, pathTargets, MalformedJson.randomTrees(List.of()).map(FuzzRequests::utf8));
	}

	private static Arbitrary<FuzzRequest> jsonBodies(WriteEndpoint endpoint, String path, List<String> pathTargets) {
		Class<?> type = endpoint.bodyType();
		List<String> fields = type.isRecord()
				? Stream.of(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList()
				: List.of();
		List<Tuple.Tuple2<Integer, Arbitrary<FuzzRequest>>> kinds = new ArrayList<>(List.of(
				Tuple.of(6, MalformedJson.randomTrees(fields).map(body -> json("random tree", path, body))),
				Tuple.of(10, MalformedJson.mutations(type).map(body -> json("mutated field", path, body))),
				Tuple.of(3, MalformedJson.truncations(type).map(body -> json("truncated", path, body))),
				Tuple.of(2, MalformedJson.randomBytes().map(bytes -> new FuzzRequest("random bytes", path, JSON, bytes))),
				Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded")
					.map(type2 -> new FuzzRequest("wrong content type", path, type2,
							utf8(MalformedJson.validBodyText(type)))))));
		if (!pathTargets.isEmpty()) {
			kinds.add(Tuple.of(2, junkPaths(endpoint, pathTargets,
					Arbitraries.just(utf8(MalformedJson.validBodyText(type))))));
		}
		return Arbitraries.frequencyOf(kinds);
	}

	private static Arbitrary<FuzzRequest> multipartBodies(WriteEndpoint endpoint, String path,
			List<String> pathTargets) {
		String multipart = "multipart/form-data; boundary=" + BOUNDARY;
		Arbitrary<FuzzRequest> files = Arbitraries.strings().alpha().ofMaxLength(30).flatMap(type -> MalformedJson
			.randomBytes()
			.map(bytes -> new FuzzRequest("random file", path + "?type=" + type, multipart, form(type, bytes, true))));
		Arbitrary<FuzzRequest> cutOff = MalformedJson.randomBytes()
			.map(bytes -> new FuzzRequest("unclosed form", path, multipart, form("x", bytes, false)));
		Arbitrary<FuzzRequest> json = MalformedJson.randomTrees(List.of("file", "type"))
			.map(body -> json("JSON instead of a form", path, body));
		List<Tuple.Tuple2<Integer, Arbitrary<FuzzRequest>>> kinds = new ArrayList<>(
				List.of(Tuple.of(4, files), Tuple.of(2, cutOff), Tuple.of(2, json)));
		if (!pathTargets.isEmpty()) {
			kinds.add(Tuple.of(1, junkPaths(endpoint, pathTargets, Arbitraries.just(utf8("{}")))));
		}
		return Arbitraries.frequencyOf(kinds);
	}

	/** One of the path's ids replaced by junk (or by an id that matches nothing); the others point at records. */
	private static Arbitrary<FuzzRequest> junkPaths(WriteEndpoint endpoint, List<String> pathTargets,
			Arbitrary<byte[]> bodies) {
		if (pathTargets.isEmpty()) {
			return bodies.map(body -> new FuzzRequest("random body", endpoint.pattern(), JSON, body));
		}
		return Arbitraries.integers().between(0, pathTargets.size() - 1).flatMap(index -> MalformedJson
			.junkPathSegments()
			.flatMap(junk -> bodies.map(body -> {
				List<String> values = new ArrayList<>(pathTargets);
				values.set(index, junk);
				return new FuzzRequest("junk in the path", path(endpoint, values), JSON, body);
			})));
	}

	private static String path(WriteEndpoint endpoint, List<String> values) {
		String path = endpoint.pattern();
		for (int i = 0; i < values.size(); i++) {
			path = path.replace("{" + endpoint.variables().get(i) + "}", values.get(i));
		}
		return path;
	}

	private static FuzzRequest json(String kind, String path, String body) {
		return new FuzzRequest(kind, path, JSON, utf8(body));
	}

	private static byte[] form(String type, byte[] file, boolean closed) {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--"
				+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"essai.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = closed ? ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8) : new byte[0];
		byte[] form = new byte[head.length + file.length + tail.length];
		System.arraycopy(head, 0, form, 0, head.length);
		System.arraycopy(file, 0, form, head.length, file.length);
		System.arraycopy(tail, 0, form, head.length + file.length, tail.length);
		return form;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
