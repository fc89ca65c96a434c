package fr.metropolerouen.guichetess.security;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.metropolerouen.guichetess.security.AuthorizationMatrix.Caller;
import fr.metropolerouen.guichetess.security.AuthorizationMatrix.Endpoint;
import fr.metropolerouen.guichetess.security.AuthorizationMatrix.Rule;
import fr.metropolerouen.guichetess.security.Callers.Answer;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.Concurrently;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.IntegrationTest;
import fr.metropolerouen.guichetess.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the application, called by every caller, answers as {@link AuthorizationMatrix the declared
 * table} says; and an applicant of another organisation gets nothing of an organisation's data from any endpoint
 * it may call. The endpoints are read from Spring MVC's mappings, so a new one cannot escape the table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final String OUR_CODE = "fr.metropolerouen.guichetess.";

	/**
	 * What the owner's dossier does not have, so that its endpoint may answer 404 to allowed callers: a grant below
	 * 23 000 € a year needs no agreement, and a larger one would take that much of an envelope all tests share.
	 */
	private static final Set<String> NOT_IN_THE_OWNERS_DOSSIER = Set.of("/api/dossiers/{dossierId}/grant-agreement");

	@LocalServerPort
	private int port;

	@Autowired
	private List<RequestMappingHandlerMapping> handlerMappings;

	private final AuthorizationMatrix matrix = AuthorizationMatrix.load();

	private Map<Endpoint, HandlerMethod> handlers;

	private Api api;

	private Applicant owner;

	private Applicant other;

	/** Real ids of the owner's data, by the path segment that precedes them. */
	private final Map<String, String> ownerIds = new HashMap<>();

	private List<String> ownerMarks;

	private Callers callers;

	@BeforeAll
	void twoOrganisationsOneWithAGrantedDossier() {
		handlers = mappedEndpoints();
		api = new Api(port);
		DossierSteps steps = new DossierSteps(api);
		owner = steps.newApplicant();
		other = steps.newApplicant();
		steps.createDraft(other.username(), DossierSteps.projectData(LOCATION));

		String dossier = steps.awaitingCommittee(owner.username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("300.00"));
		String session = steps.session("Bureau de la matrice des droits");
		steps.putOnAgenda(session, dossier);
		steps.decideAndClose(session, dossier, "GRANTED", new BigDecimal("300.00"), null).expect(200);
		JsonNode details = steps.dossier(owner.username(), dossier);
		String letter = steps.awaitLetter(owner.username(), dossier, "GRANT_DECISION").get("id").asText();
		String proof = steps.uploadProof(owner.username(), dossier, "RENT_RECEIPTS");
		String payment = steps.requestPayment(owner.username(), dossier, "ANNUAL_INSTALMENT", new BigDecimal("50.00"),
				new BigDecimal("15000.00"), List.of(proof)).expect(201).get("id").asText();
		String reference = details.get("reference").asText();
		api.as(owner.username())
			.post("/api/dossiers/" + dossier + "/messages", Map.of("body", "Question sur le dossier " + reference))
			.expect(201);
		String envelope = api.as("finance").get("/api/envelopes").expect(200).get(0).get("id").asText();
		String siret = api.as(owner.username()).get("/api/organisations/me").expect(200).get("siret").asText();

		for (String segment : List.of("dossiers", "decisions")) {
			ownerIds.put(segment, dossier);
		}
		for (String segment : List.of("committee-sessions", "seances")) {
			ownerIds.put(segment, session);
		}
		for (String segment : List.of("envelopes", "enveloppes")) {
			ownerIds.put(segment, envelope);
		}
		for (String segment : List.of("payment-requests", "versements")) {
			ownerIds.put(segment, payment);
		}
		for (String segment : List.of("documents", "pieces")) {
			ownerIds.put(segment, details.at("/documents/0/id").asText());
		}
		for (String segment : List.of("letters", "courriers")) {
			ownerIds.put(segment, letter);
		}
		ownerIds.put("deadlines", "FIRST_PAYMENT_REQUEST");
		ownerMarks = List.of(reference, siret);
		callers = new Callers(port, api, owner.username());
	}

	@Test
	void everyMappedEndpointIsDeclaredInTheTableAndEveryDeclaredOneIsMapped() {
		assertThat(handlers).hasSizeGreaterThan(100);
		assertThat(matrix.differencesFrom(handlers.keySet())).isEmpty();
	}

	@Test
	void everyEndpointAnswersEachCallerAsTheTableDeclares() {
		// one thread per caller: the requests of one web session run one after the other, as a user's would
		Caller[] all = Caller.values();
		List<String> wrong = Concurrently.run(all.length, index -> wrongAnswersTo(all[index]))
			.stream()
			.flatMap(List::stream)
			.sorted()
			.toList();
		assertThat(wrong).as("endpoints answering otherwise than %s declares", AuthorizationMatrix.FILE).isEmpty();
	}

	private List<String> wrongAnswersTo(Caller caller) {
		List<String> wrong = new ArrayList<>();
		for (Rule rule : matrix.endpointRules()) {
			check(rule, caller, handlers.get(rule.endpoint())).ifPresent(wrong::add);
		}
		for (Rule rule : matrix.prefixRules()) {
			verdict(rule, caller, callers.call(caller, "GET", rule.probe(), false), true).ifPresent(wrong::add);
		}
		return wrong;
	}

	/**
	 * Refused callers use the owner's real data: the rule must refuse them before anything is read or done.
	 * Allowed callers of a write get random ids and an unreadable body, so that the shared data stays as it is; a
	 * write that takes no input at all would act on whatever it finds, so it is only called by refused callers.
	 */
	private Optional<String> check(Rule rule, Caller caller, HandlerMethod handler) {
		boolean write = !rule.endpoint().method().equals("GET");
		String path = rule.endpoint().path();
		if (write && rule.allows(caller)) {
			boolean takesNoInput = handler == null || handler.getMethodParameters().length == 0;
			if (takesNoInput && !VARIABLE.matcher(path).find()) {
				return Optional.empty();
			}
			return verdict(rule, caller, callers.call(caller, rule.endpoint().method(), withRandomIds(path), true),
					false);
		}
		Filled filled = withOwnerIds(path);
		return verdict(rule, caller, callers.call(caller, rule.endpoint().method(), filled.path(), write),
				filled.real());
	}

	private Optional<String> verdict(Rule rule, Caller caller, Answer answer, boolean realIds) {
		boolean page = Callers.isPage(answer.path());
		String problem;
		if (rule.allows(caller)) {
			problem = answer.status() == 401 || answer.status() == 403 || answer.status() >= 500
					|| answer.redirectsToLogin() || (answer.status() == 404 && realIds)
							? "allowed, but answered " + answer.status() : null;
		}
		else if (caller == Caller.ANONYMOUS && page) {
			problem = answer.redirectsToLogin() ? null : "anonymous: expected a redirect to /connexion, got "
					+ answer.status();
		}
		else if (page) {
			problem = answer.status() == 403 ? null : "refused: expected 403, got " + answer.status();
		}
		else {
			int expected = caller == Caller.ANONYMOUS ? 401 : 403;
			problem = answer.status() == expected && answer.is("application/problem+json") ? null
					: "refused: expected " + expected + " with a problem document, got " + answer.status() + " with "
							+ answer.contentType();
		}
		return Optional.ofNullable(problem)
			.map(text -> rule.endpoint() + " as " + caller + " (" + answer.path() + "): " + text);
	}

	@Test
	void anApplicantOfAnotherOrganisationGetsNothingOfItsDataFromAnyEndpoint() {
		String dossier = ownerIds.get("dossiers");
		Map<String, Boolean> pathsNamingOwnersData = new LinkedHashMap<>();
		for (Rule rule : matrix.endpointRules()) {
			if (rule.endpoint().method().equals("GET") && rule.allows(Caller.APPLICANT)) {
				String path = rule.endpoint().path();
				pathsNamingOwnersData.put(withOwnerIds(path).path(), VARIABLE.matcher(path).find());
			}
		}
		for (String search : List.of("/api/tasks?dossierId=" + dossier, "/api/dossiers?size=100",
				"/api/dossiers?status=GRANTED&scheme=" + LOCATION + "&size=100")) {
			pathsNamingOwnersData.put(search, false);
		}
		List<String> leaks = new ArrayList<>();
		pathsNamingOwnersData.forEach((path, namesOwnersData) -> {
			Answer answer = callers.get(other.username(), path);
			if (namesOwnersData && answer.status() != 404 && answer.status() != 403) {
				leaks.add(path + ": expected 404 or 403, got " + answer.status());
			}
			if (!namesOwnersData && answer.status() >= 400) {
				leaks.add(path + ": the other applicant's own view answered " + answer.status());
			}
			for (Pattern mark : markPatterns()) {
				if (mark.matcher(answer.body()).find()) {
					leaks.add(path + ": the answer shows " + mark);
				}
			}
		});
		assertThat(pathsNamingOwnersData).hasSizeGreaterThan(30);
		assertThat(leaks).as("what %s sees of %s's data", other.organisationName(), owner.organisationName())
			.isEmpty();
	}

	/**
	 * The other applicant posts every form of the applicant's pages on the owner's dossier, and writes on it through
	 * the API with well-formed bodies (the API's other writes are in {@code AccessRightsIntegrationTests}): each is
	 * answered as if the dossier did not exist, and the dossier stays as it was.
	 */
	@Test
	void anApplicantOfAnotherOrganisationChangesNothingOfItsDossier() {
		String dossier = ownerIds.get("dossiers");
		JsonNode before = ownersDossierAsItStands();
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (Rule rule : matrix.endpointRules()) {
			String path = rule.endpoint().path();
			if (rule.endpoint().method().equals("POST") && rule.allows(Caller.APPLICANT) && Callers.isPage(path)
					&& path.contains("{")) {
				String filled = withOwnerIds(path).path();
				answers.put(filled, callers.submit(other.username(), filled,
						Map.of("body", "Message d'une autre structure", "kind", "ANNUAL_INSTALMENT")));
			}
		}
		Api.Caller otherApi = api.as(other.username());
		answers.put("API messages", answer(otherApi.post("/api/dossiers/" + dossier + "/messages",
				Map.of("body", "Message d'une autre structure"))));
		answers.put("API signature", answer(otherApi.post("/api/dossiers/" + dossier + "/grant-agreement/signature",
				Map.of("documentId", ownerIds.get("documents")))));

		assertThat(answers).hasSizeGreaterThanOrEqualTo(7)
			.allSatisfy((write, answer) -> assertThat(answer.status()).as(write).isIn(403, 404));
		assertThat(ownersDossierAsItStands()).isEqualTo(before);
	}

	/**
	 * What the other applicant's writes would change: the dossier's data, status and documents, its messages and the
	 * number of its payment requests (letters, timeline and payment statuses move on their own, with the processes).
	 */
	private JsonNode ownersDossierAsItStands() {
		Api.Caller ownerApi = api.as(owner.username());
		String dossier = "/api/dossiers/" + ownerIds.get("dossiers");
		ObjectNode details = (ObjectNode) ownerApi.get(dossier).expect(200);
		details.remove(List.of("letters", "timeline", "payments"));
		return Api.JSON.createArrayNode()
			.add(details)
			.add(ownerApi.get(dossier + "/messages").expect(200))
			.add(ownerApi.get(dossier + "/payment-requests").expect(200).size());
	}

	private static Answer answer(Api.Response response) {
		return new Answer("", response.status(), null, response.contentType(), response.text());
	}

	@Test
	void aFilesFormPostedWithoutItsFilesIsRefusedInFrenchNotAFailure() {
		String documents = "/espace/dossiers/" + ownerIds.get("dossiers") + "/pieces";
		int before = api.as(owner.username()).get("/api/dossiers/" + ownerIds.get("dossiers") + "/documents")
			.expect(200)
			.size();

		HttpResponse<String> answer = WebSession.logIn(port, owner.username()).submit(documents, documents, Map.of());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Choisissez au moins un fichier à déposer.");
		assertThat(api.as(owner.username()).get("/api/dossiers/" + ownerIds.get("dossiers") + "/documents").expect(200))
			.hasSize(before);
	}

	/** The reference, the SIRET and the name (as is and as HTML writes it), not followed by a digit. */
	private List<Pattern> markPatterns() {
		List<String> names = List.of(owner.organisationName(), owner.organisationName().replace("'", "&#39;"));
		List<Pattern> patterns = new ArrayList<>();
		for (String mark : ownerMarks) {
			patterns.add(Pattern.compile(Pattern.quote(mark)));
		}
		names.forEach(name -> patterns.add(Pattern.compile(Pattern.quote(name) + "(?!\\d)")));
		return patterns;
	}

	private Map<Endpoint, HandlerMethod> mappedEndpoints() {
		Map<Endpoint, HandlerMethod> endpoints = new HashMap<>();
		for (RequestMappingHandlerMapping mapping : handlerMappings) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (handler.getBeanType().getName().startsWith(OUR_CODE)) {
					Set<String> methods = info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(Collectors.toSet());
					for (String pattern : info.getPatternValues()) {
						// a mapping without a method answers them all: the table must say so, and the matrix learn to call it
						for (String method : methods.isEmpty() ? Set.of("ALL") : methods) {
							endpoints.put(new Endpoint(method, pattern), handler);
						}
					}
				}
			});
		}
		return endpoints;
	}

	private record Filled(String path, boolean real) {
	}

	/** The path with each variable replaced by the id of the owner's data named by the segment before it. */
	private Filled withOwnerIds(String pattern) {
		String[] segments = pattern.split("/");
		boolean real = true;
		for (int i = 1; i < segments.length; i++) {
			if (VARIABLE.matcher(segments[i]).matches()) {
				String id = ownerIds.get(segments[i - 1]);
				real &= id != null;
				segments[i] = id != null ? id : UUID.randomUUID().toString();
			}
		}
		return new Filled(String.join("/", segments), real && !NOT_IN_THE_OWNERS_DOSSIER.contains(pattern));
	}

	private static String withRandomIds(String pattern) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(path, UUID.randomUUID().toString());
		}
		return variables.appendTail(path).toString();
	}

}
