package fr.metropolerouen.guichetess.retention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierRetention;
import fr.metropolerouen.guichetess.dossier.DossierRetention.DueDossier;
import fr.metropolerouen.guichetess.dossier.DossierRetention.PurgedDossier;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.shared.StoredFileOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erases the personal data of the dossiers whose retention period has ended, a batch at a time, each dossier in its
 * own transaction: a failure leaves the others purged and that one for the next run. Safe to run on two nodes at
 * once (the dossier module claims each dossier with a conditional update) and to rerun (a purged dossier is never
 * due again).
 */
@Service
public class PersonalDataPurge {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataPurge.class);

	private final RetentionRule rule;

	private final RetentionProperties properties;

	private final DossierRetention dossiers;

	private final FileStore files;

	private final List<StoredFileOwner> fileOwners;

	PersonalDataPurge(RetentionRule rule, RetentionProperties properties, DossierRetention dossiers,
			FileStore files, List<StoredFileOwner> fileOwners) {
		this.rule = rule;
		this.properties = properties;
		this.dossiers = dossiers;
		this.files = files;
		this.fileOwners = fileOwners;
	}

	/** The dossiers a purge would erase now (dry run), at most {@code limit} of each category. */
	public List<DueDossier> due(int limit) {
		List<DueDossier> due = new ArrayList<>();
		for (RetentionRule.Category category : rule.categoriesToday()) {
			due.addAll(dossiers.dueForPurge(category.statuses(), category.endedBefore(), limit));
		}
		return due;
	}

	/** Purges every dossier due now; returns those this run purged (not those another node purged meanwhile). */
	public PurgeReport purgeDue() {
		List<PurgedDossier> purged = new ArrayList<>();
		Set<UUID> failed = new HashSet<>();
		int deletedFiles = 0;
		for (RetentionRule.Category category : rule.categoriesToday()) {
			List<DueDossier> batch;
			do {
				batch = dossiers.dueForPurge(category.statuses(), category.endedBefore(),
						properties.batchSize() + failed.size())
					.stream()
					.filter(dossier -> !failed.contains(dossier.id()))
					.toList();
				for (DueDossier dossier : batch) {
					Optional<PurgedDossier> done = purgeOne(dossier, category, failed);
					if (done.isPresent()) {
						purged.add(done.get());
						deletedFiles += deleteUnusedFiles(done.get());
					}
				}
			}
			while (!batch.isEmpty());
		}
		log.info("Retention purge: {} dossier(s) purged, {} stored file(s) deleted, {} failure(s)", purged.size(),
				deletedFiles, failed.size());
		return new PurgeReport(purged.stream().map(PurgedDossier::reference).toList(), deletedFiles, failed.size());
	}

	private Optional<PurgedDossier> purgeOne(DueDossier dossier, RetentionRule.Category category, Set<UUID> failed) {
		try {
			return dossiers.purge(dossier.id(), category.statuses(), category.endedBefore());
		}
		catch (RuntimeException e) {
			// left as it was (its transaction rolled back): the next run tries again
			log.error("Retention purge of dossier {} failed", dossier.id(), e);
			failed.add(dossier.id());
			return Optional.empty();
		}
	}

	/** After the purge committed: a file goes only if no document, letter or minutes of any dossier still has it. */
	private int deleteUnusedFiles(PurgedDossier dossier) {
		int deleted = 0;
		for (String key : dossier.fileKeys()) {
			if (fileOwners.stream().noneMatch(owner -> owner.stillUses(key))) {
				files.delete(key);
				deleted++;
			}
		}
		return deleted;
	}

	/**
	 * What one run did.
	 *
	 * @param references the references of the dossiers purged by this run (a withdrawn draft has none: null)
	 * @param deletedFiles stored files deleted because no record uses them any more
	 * @param failures dossiers whose purge failed, left for the next run (see the log)
	 */
	public record PurgeReport(List<String> references, int deletedFiles, int failures) {

		public int purged() {
			return references.size();
		}

	}

}
