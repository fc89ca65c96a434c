package fr.metropolerouen.guichetess.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.metropolerouen.guichetess.steering.ProcessStep;
import fr.metropolerouen.guichetess.steering.StepHistory;
import fr.metropolerouen.guichetess.steering.StepSpan;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Tasks;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.query.NativeQuery;
import org.springframework.stereotype.Component;

/**
 * The steps of the dossiers' procedure, read from the engine's history (level "audit": activity instances and
 * variables are kept). A dossier's instances are found by their {@code dossierId} variable: the dossier process, and
 * one payment request process per request. Who completed a user task is its assignee (see {@link ProcessSteps}).
 * The engine's query API has no "in" on these columns, so native queries are used, with one bound parameter per
 * value.
 */
@Component
class EngineStepHistory implements StepHistory {

	/** Values per query: well under the parameter limits of H2 and PostgreSQL. */
	private static final int CHUNK = 500;

	private static final Map<String, ProcessStep> DOSSIER_STEPS = Map.of(Tasks.CHECK_COMPLETENESS,
			ProcessStep.COMPLETENESS, Tasks.PROVIDE_MISSING_DOCUMENTS, ProcessStep.MISSING_DOCUMENTS,
			Tasks.DECIDE_ON_INELIGIBILITY, ProcessStep.REVIEW, Tasks.REVIEW_DOSSIER, ProcessStep.REVIEW,
			Tasks.DECIDE_IN_COMMITTEE, ProcessStep.COMMITTEE);

	private final HistoryService history;

	private final ManagementService management;

	EngineStepHistory(HistoryService history, ManagementService management) {
		this.history = history;
		this.management = management;
	}

	@Override
	public List<StepSpan> stepsOf(Collection<UUID> dossierIds) {
		List<String> ids = dossierIds.stream().map(UUID::toString).distinct().toList();
		List<StepSpan> spans = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			spans.addAll(stepsOfChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
		}
		return spans;
	}

	private List<StepSpan> stepsOfChunk(List<String> dossierIds) {
		Map<String, HistoricVariableInstance> dossierOfInstance = in(
				history.createNativeHistoricVariableInstanceQuery(),
				"select * from " + management.getTableName(HistoricVariableInstance.class) + " where NAME_ = '"
						+ Variables.DOSSIER_ID + "' and PROC_DEF_KEY_ in ('" + DossierProcess.KEY + "', '"
						+ PaymentRequestProcess.KEY + "') and TEXT_ in ",
				dossierIds)
			.stream()
			.collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> v, (a, b) -> a));
		if (dossierOfInstance.isEmpty()) {
			return List.of();
		}
		List<String> instances = List.copyOf(dossierOfInstance.keySet());
		List<StepSpan> spans = new ArrayList<>();
		Map<String, String> certifiers = new HashMap<>();
		for (HistoricActivityInstance activity : activitiesOf(instances)) {
			UUID dossierId = UUID.fromString((String) dossierOfInstance.get(activity.getProcessInstanceId()).getValue());
			ProcessStep step = DOSSIER_STEPS.get(activity.getActivityId());
			if (PaymentRequestProcess.CERTIFY_SERVICE_DONE.equals(activity.getActivityId())) {
				certifiers.put(activity.getProcessInstanceId(), activity.getAssignee());
			}
			else if (step != null && DossierProcess.KEY.equals(activity.getProcessDefinitionKey())) {
				spans.add(new StepSpan(dossierId, step, activity.getStartTime().toInstant(),
						activity.getEndTime() == null ? null : activity.getEndTime().toInstant(), activity.isCanceled(),
						activity.getAssignee(), null));
			}
		}
		Set<String> paymentInstances = dossierOfInstance.values()
			.stream()
			.filter(v -> PaymentRequestProcess.KEY.equals(v.getProcessDefinitionKey()))
			.map(HistoricVariableInstance::getProcessInstanceId)
			.collect(Collectors.toSet());
		if (!paymentInstances.isEmpty()) {
			for (HistoricProcessInstance payment : history.createHistoricProcessInstanceQuery()
				.processInstanceIds(paymentInstances)
				.list()) {
				UUID dossierId = UUID.fromString((String) dossierOfInstance.get(payment.getId()).getValue());
				spans.add(new StepSpan(dossierId, ProcessStep.PAYMENT, payment.getStartTime().toInstant(),
						payment.getEndTime() == null ? null : payment.getEndTime().toInstant(), false,
						certifiers.get(payment.getId()), payment.getId()));
			}
		}
		return spans;
	}

	private List<HistoricActivityInstance> activitiesOf(List<String> processInstanceIds) {
		List<String> activities = new ArrayList<>(DOSSIER_STEPS.keySet());
		activities.add(PaymentRequestProcess.CERTIFY_SERVICE_DONE);
		String activityList = activities.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
		return in(history.createNativeHistoricActivityInstanceQuery(),
				"select * from " + management.getTableName(HistoricActivityInstance.class) + " where ACT_ID_ in ("
						+ activityList + ") and PROC_INST_ID_ in ",
				processInstanceIds);
	}

	/** Runs {@code sql} followed by a list of bound parameters, one per value. */
	private static <T, Q extends NativeQuery<Q, T>> List<T> in(NativeQuery<Q, T> query, String sql,
			List<String> values) {
		String parameters = IntStream.range(0, values.size())
			.mapToObj(i -> "#{v" + i + "}")
			.collect(Collectors.joining(", ", "(", ")"));
		Q withSql = query.sql(sql + parameters);
		for (int i = 0; i < values.size(); i++) {
			withSql = withSql.parameter("v" + i, values.get(i));
		}
		return withSql.list();
	}

}
