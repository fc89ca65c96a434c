package fr.metropolerouen.guichetess.dossier;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads dossiers for other modules. */
@Service
public class Dossiers {

	private final DossierRepository dossiers;

	private final DossierAccess access;

	private final SupportingDocumentRepository documents;

	Dossiers(DossierRepository dossiers, DossierAccess access, SupportingDocumentRepository documents) {
		this.dossiers = dossiers;
		this.access = access;
		this.documents = documents;
	}

	/** A dossier, whoever asks (the system itself, or a module that has already checked rights). */
	@Transactional(readOnly = true)
	public DossierSnapshot get(UUID id) {
		return DossierSnapshot.of(access.visible(id, Actor.SYSTEM));
	}

	/** A dossier if the actor may see it; otherwise 404, as if it did not exist. */
	@Transactional(readOnly = true)
	public DossierSnapshot getVisible(UUID id, Actor actor) {
		return DossierSnapshot.of(access.visible(id, actor));
	}

	@Transactional(readOnly = true)
	public Optional<DossierSnapshot> findByReference(String reference) {
		return dossiers.findByReference(reference).map(DossierSnapshot::of);
	}

	/** Every dossier of an organisation, drafts included: its history with the Métropole's aids. */
	@Transactional(readOnly = true)
	public List<DossierSnapshot> ofOrganisation(UUID organisationId) {
		return dossiers.findByOrganisationId(organisationId).stream().map(DossierSnapshot::of).toList();
	}

	/** The submitted dossiers of a scheme (drafts excluded), oldest first. */
	@Transactional(readOnly = true)
	public List<DossierSnapshot> submitted(AidScheme scheme) {
		return dossiers.findBySchemeAndSubmissionDateNotNull(scheme)
			.stream()
			.map(DossierSnapshot::of)
			.sorted(Comparator.comparing(DossierSnapshot::submittedAt))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<DocumentView> documents(UUID dossierId) {
		return documents.findByDossierIdOrderByUploadedAt(dossierId).stream().map(SupportingDocument::view).toList();
	}

}
