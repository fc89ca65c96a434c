package fr.metropolerouen.guichetess.dossier;

import java.util.Set;
import java.util.UUID;

/**
 * Supporting documents that are administrative archives rather than applicant's material, kept when the dossier's
 * personal data are purged: the signed grant agreement, a contract and a proof for the public accountant
 * (implemented by the agreement module).
 */
public interface ArchivedDocuments {

	Set<UUID> archivedDocumentsOf(UUID dossierId);

}
