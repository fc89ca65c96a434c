package fr.metropolerouen.guichetess.agreement;

import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.ArchivedDocuments;
import org.springframework.stereotype.Component;

/** The copy of a grant agreement signed by the beneficiary is part of the grant's archive: it survives the purge. */
@Component
class SignedAgreementCopies implements ArchivedDocuments {

	private final GrantAgreementRepository agreements;

	SignedAgreementCopies(GrantAgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Override
	public Set<UUID> archivedDocumentsOf(UUID dossierId) {
		return agreements.findByDossierId(dossierId)
			.map(GrantAgreement::signedCopyDocumentId)
			.map(Set::of)
			.orElse(Set.of());
	}

}
