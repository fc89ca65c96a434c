package fr.metropolerouen.guichetess.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One write endpoint of the REST API (POST, PUT, PATCH or DELETE under {@code /api/}), as Spring MVC maps it, and what
 * it reads: a JSON body of some type, a multipart form, or only its path.
 */
record WriteEndpoint(String method, String pattern, Class<?> bodyType, boolean multipart) {

	private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	/** Every write endpoint of the API, from the MVC mappings: a new one is fuzzed without a change here. */
	static List<WriteEndpoint> all(RequestMappingHandlerMapping mappings) {
		List<WriteEndpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					methodsOf(info).forEach(method -> endpoints.add(of(method, pattern, handler)));
				}
			}
		});
		endpoints.sort(Comparator.comparing(WriteEndpoint::pattern).thenComparing(WriteEndpoint::method));
		return endpoints;
	}

	private static List<String> methodsOf(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		// a mapping without a method answers every method, writes included
		return (methods.isEmpty() ? WRITES : methods).stream().filter(WRITES::contains).map(Enum::name).sorted()
			.toList();
	}

	private static WriteEndpoint of(String method, String pattern, HandlerMethod handler) {
		Class<?> bodyType = null;
		boolean multipart = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				bodyType = parameter.getParameterType();
			}
			if (parameter.hasParameterAnnotation(RequestPart.class)
					|| MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
				multipart = true;
			}
		}
		return new WriteEndpoint(method, pattern, bodyType, multipart);
	}

	/** The names of the path's variables, in order. */
	List<String> variables() {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** Whether the request carries something to read beyond its path. */
	boolean readsABody() {
		return bodyType != null || multipart;
	}

	@Override
	public String toString() {
		return method + " " + pattern;
	}

}
