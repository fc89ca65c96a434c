package fr.metropolerouen.guichetess.letter;

import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The letters of the procedure before the decision, issued in the transaction of the change they answer (so a
 * dossier is never submitted without its acknowledgement, nor asked for documents without the request): the
 * acknowledgement of receipt once, at the first submission; a request for each time the officer finds the dossier
 * incomplete, and the reminder of that request.
 */
@Component
class ProcedureLetters {

	private final Letters letters;

	private final LetterRepository repository;

	ProcedureLetters(Letters letters, LetterRepository repository) {
		this.letters = letters;
		this.repository = repository;
	}

	/** A handed-back dossier is announced by another event: it gets no second acknowledgement. */
	@EventListener
	void on(DossierEvents.DossierSubmitted event) {
		letters.issue(event.dossierId(), LetterKind.ACKNOWLEDGEMENT_OF_RECEIPT);
	}

	@EventListener
	void on(DossierEvents.CompletenessChecked event) {
		if (event.complete()) {
			return;
		}
		long request = requestsIssued(event.dossierId()) + 1;
		letters.issue(event.dossierId(), LetterKind.MISSING_DOCUMENTS_REQUEST, requestKey(request), Map.of());
	}

	/** The reminder of the last request: the dossier module announces it only while the documents are awaited. */
	@EventListener
	void on(DossierEvents.MissingDocumentsReminded event) {
		long request = Math.max(1, requestsIssued(event.dossierId()));
		letters.issue(event.dossierId(), LetterKind.MISSING_DOCUMENTS_REMINDER, requestKey(request), Map.of());
	}

	private long requestsIssued(UUID dossierId) {
		return repository.countByDossierIdAndKind(dossierId, LetterKind.MISSING_DOCUMENTS_REQUEST);
	}

	/** The issue key of the n-th request for documents of a dossier, and of its reminder. */
	static String requestKey(long request) {
		return "D" + request;
	}

}
