package fr.metropolerouen.guichetess.retention;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the purge every night ({@code guichet.retention.cron}, Paris time; "-" turns it off). Every node runs it: the
 * purge claims each dossier once, so two nodes share the work without purging anything twice.
 */
@Component
class RetentionJob {

	private final PersonalDataPurge purge;

	RetentionJob(PersonalDataPurge purge) {
		this.purge = purge;
	}

	@Scheduled(cron = "${guichet.retention.cron:0 30 2 * * *}", zone = "${guichet.retention.zone:Europe/Paris}")
	void purgeNightly() {
		purge.purgeDue();
	}

}
