package fr.metropolerouen.guichetess.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Puts the engine clock back to real time after each test that moved it. */
public class EngineClockReset implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		ClockUtil.reset();
	}

}
