package fr.metropolerouen.guichetess.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A decision file of {@code processes/} on the bare DMN engine (no process engine, no Spring), with a listener that
 * records which rules matched, and the file's model to read rule ids and the text of their outputs.
 */
final class DmnTestEngine {

	static final String ELIGIBILITY = "processes/eligibility/Eligibility.dmn";

	static final String AMOUNT = "processes/amount/AidAmountSuggestion.dmn";

	private final DmnEngine engine;

	private final DmnDecisionRequirementsGraph graph;

	private final DmnModelInstance model;

	private final ThreadLocal<DmnDecisionEvaluationEvent> lastEvent = new ThreadLocal<>();

	private DmnTestEngine(String resource) {
		DmnDecisionEvaluationListener recorder = lastEvent::set;
		this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
			.customPostDecisionEvaluationListeners(List.of(recorder))
			.buildEngine();
		this.model = read(resource);
		this.graph = engine.parseDecisionRequirementsGraph(model);
	}

	static DmnTestEngine load(String resource) {
		return new DmnTestEngine(resource);
	}

	/** Evaluates one decision (with the decisions it requires) and records the rules that matched. */
	Evaluated evaluate(String decisionKey, Map<String, Object> inputs) {
		DmnDecision decision = graph.getDecision(decisionKey);
		if (decision == null) {
			throw new IllegalArgumentException("No decision " + decisionKey + " in " + graph.getKey());
		}
		lastEvent.remove();
		DmnDecisionResult result = engine.evaluateDecision(decision, inputs);
		DmnDecisionEvaluationEvent event = lastEvent.get();
		List<Map<String, Object>> rows = result.getResultList();
		return new Evaluated(rows, matchedRules(event.getDecisionResult()),
				event.getRequiredDecisionResults().stream()
					.collect(Collectors.toMap(e -> e.getDecision().getKey(), DmnTestEngine::matchedRules)));
	}

	/** Every rule id of the file, in document order. */
	Set<String> ruleIds() {
		return model.getModelElementsByType(Rule.class)
			.stream()
			.map(Rule::getId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The rule ids of one decision table, in order. */
	List<String> ruleIds(String decisionKey) {
		return table(decisionKey).getRules().stream().map(Rule::getId).toList();
	}

	/** The FEEL text of a rule's output entry (0-based), a string literal given without its quotes. */
	String outputText(String ruleId, int index) {
		Rule rule = model.getModelElementById(ruleId);
		if (rule == null) {
			throw new IllegalArgumentException("No rule " + ruleId);
		}
		List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
		String text = entries.get(index).getText().getTextContent().trim();
		return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
				? text.substring(1, text.length() - 1) : text;
	}

	/** The FEEL texts of every input expression and every output entry of every table of the file. */
	List<String> expressions() {
		List<String> texts = new ArrayList<>();
		for (Decision decision : model.getModelElementsByType(Decision.class)) {
			DecisionTable table = (DecisionTable) decision.getExpression();
			for (Input input : table.getInputs()) {
				texts.add(input.getInputExpression().getText().getTextContent());
			}
			for (Rule rule : table.getRules()) {
				rule.getOutputEntries().forEach(entry -> texts.add(entry.getText().getTextContent()));
			}
		}
		return texts;
	}

	/** The names of the outputs of every table of the file. */
	Set<String> outputNames() {
		return model.getModelElementsByType(Decision.class)
			.stream()
			.flatMap(decision -> ((DecisionTable) decision.getExpression()).getOutputs().stream())
			.map(output -> output.getName())
			.collect(Collectors.toSet());
	}

	/** The first column of every line of every {@code @CsvSource} of a test class: the rule ids its cases name. */
	static Set<String> csvRuleIds(Class<?> testClass) {
		Set<String> ids = new LinkedHashSet<>();
		for (Method method : testClass.getDeclaredMethods()) {
			CsvSource source = method.getAnnotation(CsvSource.class);
			if (source != null) {
				for (String line : source.value()) {
					ids.add(line.split(",", -1)[0].trim());
				}
			}
		}
		return ids;
	}

	/** The lines of a test method's {@code @CsvSource}, split into trimmed columns (no quoted commas). */
	static List<List<String>> csvLines(Class<?> testClass, String methodName) {
		for (Method method : testClass.getDeclaredMethods()) {
			CsvSource source = method.getAnnotation(CsvSource.class);
			if (source != null && method.getName().equals(methodName)) {
				return Arrays.stream(source.value())
					.map(line -> Arrays.stream(line.split(",", -1)).map(String::trim).toList())
					.toList();
			}
		}
		throw new IllegalArgumentException("No @CsvSource on " + testClass.getSimpleName() + "." + methodName);
	}

	/** The FEEL text of a rule's input entry (0-based). */
	String inputText(String ruleId, int index) {
		Rule rule = model.getModelElementById(ruleId);
		return new ArrayList<>(rule.getInputEntries()).get(index).getText().getTextContent().trim();
	}

	private DecisionTable table(String decisionKey) {
		Decision decision = model.getModelElementById(decisionKey);
		if (decision == null) {
			throw new IllegalArgumentException("No decision " + decisionKey);
		}
		return (DecisionTable) decision.getExpression();
	}

	private static List<String> matchedRules(DmnDecisionLogicEvaluationEvent event) {
		return ((DmnDecisionTableEvaluationEvent) event).getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.toList();
	}

	private static DmnModelInstance read(String resource) {
		try (InputStream in = DmnTestEngine.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Not on the classpath: " + resource);
			}
			return Dmn.readModelFromStream(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A decision's result rows, the rules of that decision that matched (with FIRST, only the retained one), and
	 * those of each decision it required, by decision key.
	 */
	record Evaluated(List<Map<String, Object>> rows, List<String> matchedRules,
			Map<String, List<String>> requiredMatchedRules) {

		/** The single row of a FIRST or UNIQUE table. */
		Map<String, Object> row() {
			if (rows.size() != 1) {
				throw new AssertionError("Expected one result row, got " + rows);
			}
			return rows.get(0);
		}

	}

}
