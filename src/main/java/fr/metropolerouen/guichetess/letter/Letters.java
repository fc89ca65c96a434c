package fr.metropolerouen.guichetess.letter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLetters;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and serves the letters of dossiers. */
@Service
@Transactional
public class Letters {

	private static final String ONCE_PER_DOSSIER = "";

	private final LetterRepository letters;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final LetterContent content;

	private final LetterRenderer renderer;

	private final FileStore files;

	private final DossierJournal journal;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Letters(LetterRepository letters, Dossiers dossiers, Organisations organisations, LetterContent content,
			LetterRenderer renderer, FileStore files, DossierJournal journal, ApplicationEventPublisher events,
			Clock clock) {
		this.letters = letters;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.content = content;
		this.renderer = renderer;
		this.files = files;
		this.journal = journal;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues the letter of this kind for the dossier, once: a second call (a retried job) returns the letter already
	 * issued instead of generating another.
	 */
	public DossierLetters.LetterSummary issue(UUID dossierId, LetterKind kind) {
		return issue(dossierId, kind, ONCE_PER_DOSSIER, Map.of());
	}

	/**
	 * Issues a letter about one act on the dossier (a withdrawal procedure), once per {@code issueKey}: the module
	 * that owns the act gives the values its template reads beside the dossier's ({@code values}, already formatted
	 * in French).
	 */
	public DossierLetters.LetterSummary issue(UUID dossierId, LetterKind kind, String issueKey,
			Map<String, ?> values) {
		return letters.findByDossierIdAndKindAndIssueKey(dossierId, kind, issueKey)
			.map(Letter::summary)
			.orElseGet(() -> {
				DossierSnapshot dossier = dossiers.get(dossierId);
				Map<String, Object> model = content.of(kind, dossier, organisations.get(dossier.organisationId()));
				model.putAll(values);
				byte[] pdf = renderer.render(kind.template(), model);
				FileStore.StoredFile stored = files.store(pdf);
				Letter letter = letters.save(new Letter(dossierId, kind, issueKey, fileName(kind, dossier, issueKey),
						stored.sha256(), stored.size(), clock.instant()));
				journal.record(dossierId, Actor.SYSTEM, TimelineAction.LETTER_ISSUED, kind.frenchLabel() + ".");
				events.publishEvent(new LetterIssued(letter.id(), dossierId, kind));
				return letter.summary();
			});
	}

	/**
	 * The letter of this kind the dossier would receive, rendered now from the values given ({@code values}, already
	 * formatted in French) and marked « PROJET – document non notifié » ({@code draft}): nothing is stored, no
	 * timeline entry, no mail.
	 */
	@Transactional(readOnly = true)
	public byte[] preview(UUID dossierId, LetterKind kind, Map<String, ?> values) {
		DossierSnapshot dossier = dossiers.get(dossierId);
		Map<String, Object> model = content.of(kind, dossier, organisations.get(dossier.organisationId()));
		model.putAll(values);
		model.put("draft", true);
		return renderer.render(kind.template(), model);
	}

	@Transactional(readOnly = true)
	public List<DossierLetters.LetterSummary> of(UUID dossierId, Actor reader) {
		dossiers.getVisible(dossierId, reader);
		return letters.findByDossierIdOrderByCreatedAt(dossierId).stream().map(Letter::summary).toList();
	}

	@Transactional(readOnly = true)
	public LetterFile file(UUID dossierId, UUID letterId, Actor reader) {
		dossiers.getVisible(dossierId, reader);
		return file(letters.findByIdAndDossierId(letterId, dossierId)
			.orElseThrow(() -> new NotFoundException("Courrier introuvable.")));
	}

	/** A letter's file, for the mail that sends it. */
	@Transactional(readOnly = true)
	public LetterFile file(UUID letterId) {
		return file(letters.findById(letterId).orElseThrow(() -> new NotFoundException("Courrier introuvable.")));
	}

	/**
	 * The stored file, checked against the fingerprint recorded when the letter was issued: an act whose file was
	 * altered on disk is never handed out as if it were the one notified.
	 */
	private LetterFile file(Letter letter) {
		byte[] content = files.read(letter.sha256());
		if (!FileStore.sha256(content).equals(letter.sha256())) {
			throw new IllegalStateException("The stored file of letter " + letter.id() + " does not match its SHA-256");
		}
		return new LetterFile(letter.fileName(), letter.kind(), content, letter.sha256());
	}

	private static String fileName(LetterKind kind, DossierSnapshot dossier, String issueKey) {
		String suffix = issueKey.isEmpty() ? "" : "-" + issueKey;
		return dossier.reference() + "-" + kind.template() + suffix + ".pdf";
	}

	/** A letter's PDF and the SHA-256 (hexadecimal) recorded when it was issued. */
	public record LetterFile(String fileName, LetterKind kind, byte[] content, String sha256) {
	}

}
