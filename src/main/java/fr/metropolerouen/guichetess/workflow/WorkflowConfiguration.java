package fr.metropolerouen.guichetess.workflow;

import java.time.Clock;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the process application (its models are listed in {@code META-INF/processes.xml}) and gives the whole
 * application one clock: the engine's. Timers are due on the engine clock, so tests that move it move every date
 * the application records too.
 */
@Configuration(proxyBeanMethods = false)
@EnableProcessApplication("guichet-ess")
class WorkflowConfiguration {

	@Bean
	Clock clock() {
		return new EngineClock();
	}

}
