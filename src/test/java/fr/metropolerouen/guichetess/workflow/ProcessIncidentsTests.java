package fr.metropolerouen.guichetess.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an incident shows of its failure: the first line, never a stack trace. */
class ProcessIncidentsTests {

	@Test
	void onlyTheFirstLineOfTheFailureIsShown() {
		assertThat(ProcessIncidents.firstLine("""
				  Version de règlement introuvable : LOCATION_ESS v9.
				\tat fr.metropolerouen.guichetess.scheme.RuleSets.get(RuleSets.java:68)
				\tat org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior.execute
				""")).isEqualTo("Version de règlement introuvable : LOCATION_ESS v9.");
	}

	@Test
	void aFailureWithoutMessageSaysSoAndALongOneIsCut() {
		assertThat(ProcessIncidents.firstLine(null)).isEqualTo("Erreur sans message");
		assertThat(ProcessIncidents.firstLine("  ")).isEqualTo("Erreur sans message");
		assertThat(ProcessIncidents.firstLine("x".repeat(1000))).hasSize(301).endsWith("…");
	}

}
