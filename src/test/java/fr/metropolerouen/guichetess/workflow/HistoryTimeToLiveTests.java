package fr.metropolerouen.guichetess.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's history must not outlive the personal data it could point to: every model (and the engine's default)
 * keeps its history no longer than the shortest retention period of {@code guichet.retention}, as configured in
 * application.yml. A period of years counts 365 days a year here, the shortest it can be.
 */
class HistoryTimeToLiveTests {

	private static final Properties CONFIGURATION = configuration();

	@Test
	void everyModelKeepsItsHistoryNoLongerThanTheShortestRetention() throws IOException {
		int shortestRetentionDays = Math.min(days("guichet.retention.without-grant"),
				days("guichet.retention.with-grant"));
		List<String> tooLong = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		for (Path file : ProcessModelConventionsTests.bpmnFiles()) {
			for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
				check(process.getId(), process.getCamundaHistoryTimeToLiveString(), shortestRetentionDays, tooLong,
						checked);
			}
		}
		for (Path file : ProcessModelConventionsTests.dmnFiles()) {
			for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
				check(decision.getId(), decision.getCamundaHistoryTimeToLiveString(), shortestRetentionDays, tooLong,
						checked);
			}
		}

		assertThat(checked).as("models read").contains("DossierProcess", "PaymentRequestProcess",
				"GrantDeadlineProcess", "GrantWithdrawalProcess", "EligibilityCriteria", "AidAmountSuggestion");
		assertThat(tooLong).as("models whose history outlives the shortest retention (%s days)", shortestRetentionDays)
			.isEmpty();
	}

	@Test
	void theEngineDefaultAndItsCleanupFollowTheSameRule() {
		String prefix = "camunda.bpm.generic-properties.properties.";
		Period defaultTimeToLive = Period.parse(CONFIGURATION.getProperty(prefix + "history-time-to-live"));

		assertThat(defaultTimeToLive.getDays()).isLessThanOrEqualTo(Math.min(days("guichet.retention.without-grant"),
				days("guichet.retention.with-grant")));
		assertThat(CONFIGURATION.getProperty(prefix + "history-cleanup-batch-window-start-time"))
			.as("without a cleanup window the time-to-live deletes nothing")
			.isNotBlank();
		assertThat(CONFIGURATION.getProperty(prefix + "history-cleanup-batch-window-end-time")).isNotBlank();
	}

	private static void check(String id, String timeToLive, int maxDays, List<String> tooLong, List<String> checked) {
		checked.add(id);
		if (timeToLive == null || Integer.parseInt(timeToLive.trim()) > maxDays) {
			tooLong.add(id + " (" + timeToLive + ")");
		}
	}

	private static int days(String property) {
		Period period = Period.parse(CONFIGURATION.getProperty(property));
		return period.getYears() * 365 + period.getMonths() * 28 + period.getDays();
	}

	private static Properties configuration() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		return yaml.getObject();
	}

}
