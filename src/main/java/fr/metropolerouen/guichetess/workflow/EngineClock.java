package fr.metropolerouen.guichetess.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A {@link Clock} that reads the process engine's clock (the system clock unless a test moved it). */
final class EngineClock extends Clock {

	private final ZoneId zone;

	EngineClock() {
		this(ZoneOffset.UTC);
	}

	private EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.now().toInstant();
	}

}
