package fr.metropolerouen.guichetess.letter;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierLetters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the dossier's detail view its letters. */
@Component
class LetterSummaries implements DossierLetters {

	private final LetterRepository letters;

	LetterSummaries(LetterRepository letters) {
		this.letters = letters;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LetterSummary> lettersOf(UUID dossierId) {
		return letters.findByDossierIdOrderByCreatedAt(dossierId).stream().map(Letter::summary).toList();
	}

}
