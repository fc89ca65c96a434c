package fr.metropolerouen.guichetess.letter;

import fr.metropolerouen.guichetess.shared.StoredFileOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Letters are kept as administrative archives: a file that is also a letter is never deleted. */
@Component
class LetterFiles implements StoredFileOwner {

	private final LetterRepository letters;

	LetterFiles(LetterRepository letters) {
		this.letters = letters;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean stillUses(String sha256) {
		return letters.existsBySha256(sha256);
	}

}
