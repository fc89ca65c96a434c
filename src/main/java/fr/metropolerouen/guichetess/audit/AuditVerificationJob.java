package fr.metropolerouen.guichetess.audit;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain every night ({@code guichet.audit.verification-cron}, Paris time; "-" turns it off): an ERROR
 * in the log and the gauge {@code guichet.audit.chain.intact} at 0 when an entry does not verify, for the alerting.
 * The head's position and hash go to the log, an anchor kept outside the database (see docs/security.md).
 */
@Component
class AuditVerificationJob implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationJob.class);

	/** 1 intact, 0 broken, -1 not verified since the start. */
	private final AtomicLong intact = new AtomicLong(-1);

	private final AuditVerification verification;

	AuditVerificationJob(AuditVerification verification) {
		this.verification = verification;
	}

	@Scheduled(cron = "${guichet.audit.verification-cron:0 0 4 * * *}", zone = "${guichet.audit.zone:Europe/Paris}")
	void verifyNightly() {
		VerificationReport report = verification.verify();
		intact.set(report.intact() ? 1 : 0);
		if (report.intact()) {
			log.info("Audit chain verified: {} entries, head {} {}", report.checked(), report.headPosition(),
					report.headHash());
		}
		else {
			log.error("Audit chain broken at entry {} ({}): {} entries verified before it, head {} {}",
					report.brokenPosition(), report.fault(), report.checked(), report.headPosition(),
					report.headHash());
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("guichet.audit.chain.intact", intact, AtomicLong::get)
			.description("Whether the last verification of the audit chain found it intact (1), broken (0), or none ran (-1)")
			.register(registry);
	}

}
