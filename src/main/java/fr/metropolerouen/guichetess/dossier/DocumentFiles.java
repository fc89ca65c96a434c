package fr.metropolerouen.guichetess.dossier;

import fr.metropolerouen.guichetess.shared.StoredFileOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The supporting documents of the dossiers, as owners of stored files. */
@Component
class DocumentFiles implements StoredFileOwner {

	private final SupportingDocumentRepository documents;

	DocumentFiles(SupportingDocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean stillUses(String sha256) {
		return documents.existsBySha256(sha256);
	}

}
