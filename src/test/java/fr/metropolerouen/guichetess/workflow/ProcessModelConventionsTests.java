package fr.metropolerouen.guichetess.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Conventions of every BPMN and DMN model under {@code processes/}, read from the project folder (not the classpath),
 * so that a model added there is checked before anyone deploys it.
 */
class ProcessModelConventionsTests {

	private static final Path MODELS = Path.of("processes");

	/**
	 * Ids as the modelers generate them: {@code StartEvent_1}, {@code Task_1}, {@code BPMNDiagram_1}, then a random
	 * base-36 suffix ({@code Activity_0x1y2z3}, {@code Flow_1abcdef}, {@code Gateway_0k2f9sl},
	 * {@code DecisionTable_0d5ps1l}), or Signavio's {@code sid-...}.
	 */
	private static final Pattern GENERATED_ID = Pattern
		.compile("[A-Za-z]+_\\d+|[A-Za-z]+_(?=[0-9a-z]*\\d)[0-9a-z]{5,8}|sid-.+");

	/** Only the resources listed there are deployed: the process archive does not scan. */
	private static final String PROCESS_ARCHIVE = "META-INF/processes.xml";

	static List<Path> modelFiles() throws IOException {
		try (Stream<Path> files = Files.walk(MODELS)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn"))
				.sorted()
				.toList();
		}
	}

	static List<Path> bpmnFiles() throws IOException {
		return modelFiles().stream().filter(file -> file.toString().endsWith(".bpmn")).toList();
	}

	static List<Path> dmnFiles() throws IOException {
		return modelFiles().stream().filter(file -> file.toString().endsWith(".dmn")).toList();
	}

	@Test
	void everyModelOfTheFolderIsDeployedByTheApplicationAndNoOther() throws Exception {
		List<String> files = modelFiles().stream().map(ProcessModelConventionsTests::resourceName).toList();

		assertThat(files).as("models under %s", MODELS.toAbsolutePath())
			.isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(resourcesOfTheProcessArchive());
	}

	// Ids

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelFiles")
	void noIdIsLeftAsTheModelerGeneratedIt(Path file) throws Exception {
		List<String> ids = allIds(file);

		assertThat(ids).isNotEmpty();
		assertThat(ids).filteredOn(ProcessModelConventionsTests::looksGenerated).as("generated ids").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "StartEvent_1", "Task_1", "UserTask_1", "BPMNDiagram_1", "Activity_0x1y2z3",
			"Activity_1ykj0z5_di", "Flow_0b7ndke", "Gateway_0u2jn3j", "Event_1c3rtwq", "SequenceFlow_0h21x7r",
			"DecisionTable_0d5ps1l", "Decision_13nychf", "InputClause_0qyl8w5", "sid-4F2C7B0E-1A2B" })
	void generatedIdsAreRecognised(String id) {
		assertThat(looksGenerated(id)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Task_CheckCompleteness", "Flow_ToCompletenessCheck", "Gateway_GrantSplit_di",
			"DecisionTable_EligibilityCriteria", "InputEntry_EligibilityCriteria_EssMembership_0", "Rule_Territory",
			"Definitions_DossierProcess", "DossierProcess" })
	void meaningfulIdsAreAccepted(String id) {
		assertThat(looksGenerated(id)).isFalse();
	}

	// History

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyProcessHasAHistoryTimeToLive(Path file) {
		Collection<Process> processes = bpmn(file).getModelElementsByType(Process.class);

		assertThat(processes).isNotEmpty();
		assertThat(processes).filteredOn(process -> isBlank(process.getCamundaHistoryTimeToLiveString()))
			.extracting(Process::getId)
			.as("processes without a history time to live")
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dmnFiles")
	void everyDecisionHasAHistoryTimeToLive(Path file) {
		Collection<Decision> decisions = Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class);

		assertThat(decisions).isNotEmpty();
		assertThat(decisions).filteredOn(decision -> isBlank(decision.getCamundaHistoryTimeToLiveString()))
			.extracting(Decision::getId)
			.as("decisions without a history time to live")
			.isEmpty();
	}

	// Labels: the diagrams are read by the instructing officers

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyTaskEventAndExclusiveGatewayHasALabel(Path file) {
		List<String> unlabelled = bpmn(file).getModelElementsByType(FlowNode.class)
			.stream()
			.filter(node -> node instanceof Task || node instanceof SubProcess || node instanceof Event
					|| node instanceof ExclusiveGateway)
			.filter(node -> isBlank(node.getName()))
			.map(BaseElement::getId)
			.toList();

		assertThat(unlabelled).as("elements without a label").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyFlowOutOfAnExclusiveGatewayIsLabelledWithItsAnswer(Path file) {
		List<String> unlabelled = bpmn(file).getModelElementsByType(ExclusiveGateway.class)
			.stream()
			.flatMap(gateway -> gateway.getOutgoing().stream())
			.filter(flow -> isBlank(flow.getName()))
			.map(SequenceFlow::getId)
			.toList();

		assertThat(unlabelled).as("answers without a label").isEmpty();
	}

	// Service tasks call the application's beans

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyServiceTaskCallsABeanThroughADelegateExpression(Path file) {
		List<String> notCallingABean = bpmn(file).getModelElementsByType(ServiceTask.class)
			.stream()
			.filter(serviceTask -> !callsABean(serviceTask))
			.map(ServiceTask::getId)
			.toList();

		assertThat(notCallingABean).as("service tasks without a delegate expression naming a bean").isEmpty();
	}

	// Diagram

	@ParameterizedTest(name = "{0}")
	@MethodSource("bpmnFiles")
	void everyFlowNodeAndSequenceFlowIsDrawn(Path file) {
		BpmnModelInstance model = bpmn(file);
		assertThat(model.getDefinitions().getBpmDiagrams()).as("diagrams").isNotEmpty();

		Set<String> shapes = idsOf(model.getModelElementsByType(BpmnShape.class), BpmnShape::getBpmnElement);
		Set<String> edges = idsOf(model.getModelElementsByType(BpmnEdge.class), BpmnEdge::getBpmnElement);

		assertThat(model.getModelElementsByType(FlowNode.class)).isNotEmpty()
			.extracting(BaseElement::getId)
			.filteredOn(id -> !shapes.contains(id))
			.as("flow nodes without a shape")
			.isEmpty();
		assertThat(model.getModelElementsByType(SequenceFlow.class)).extracting(BaseElement::getId)
			.filteredOn(id -> !edges.contains(id))
			.as("sequence flows without an edge")
			.isEmpty();
	}

	// Reading the files

	private static BpmnModelInstance bpmn(Path file) {
		return Bpmn.readModelFromFile(file.toFile());
	}

	/** Every id of the file, the diagram's included. */
	private static List<String> allIds(Path file) throws Exception {
		NodeList elements = parse(Files.newInputStream(file)).getElementsByTagName("*");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < elements.getLength(); i++) {
			String id = ((Element) elements.item(i)).getAttribute("id");
			if (!id.isEmpty()) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static List<String> resourcesOfTheProcessArchive() throws Exception {
		try (InputStream archive = ProcessModelConventionsTests.class.getClassLoader()
			.getResourceAsStream(PROCESS_ARCHIVE)) {
			assertThat(archive).as(PROCESS_ARCHIVE).isNotNull();
			NodeList resources = parse(archive).getElementsByTagNameNS("*", "resource");
			List<String> names = new ArrayList<>();
			for (int i = 0; i < resources.getLength(); i++) {
				names.add(resources.item(i).getTextContent().trim());
			}
			return names;
		}
	}

	private static Document parse(InputStream xml) throws Exception {
		try (xml) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(xml);
		}
	}

	/** The classpath name, as processes.xml lists it: {@code processes/dossier/DossierProcess.bpmn}. */
	private static String resourceName(Path file) {
		return StreamSupport.stream(file.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
	}

	/** A diagram element is named after its model element: {@code Activity_0x1y2z3_di}. */
	private static boolean looksGenerated(String id) {
		return GENERATED_ID.matcher(id.replaceFirst("_di$", "")).matches();
	}

	private static <T> Set<String> idsOf(Collection<T> diagramElements, Function<T, BaseElement> modelElement) {
		return diagramElements.stream()
			.map(modelElement)
			.filter(element -> element != null)
			.map(BaseElement::getId)
			.collect(Collectors.toSet());
	}

	/** {@code ${beanName}} and nothing else: no Java class, expression or external task. */
	private static boolean callsABean(ServiceTask serviceTask) {
		String delegateExpression = serviceTask.getCamundaDelegateExpression();
		return delegateExpression != null && delegateExpression.matches("\\$\\{[a-z][A-Za-z0-9]*\\}")
				&& serviceTask.getCamundaClass() == null && serviceTask.getCamundaExpression() == null
				&& serviceTask.getCamundaType() == null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
