package fr.metropolerouen.guichetess.dossier;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.springframework.data.jpa.domain.Specification;

/** Criteria of the dossier list; an absent filter matches everything. */
final class DossierFilters {

	private DossierFilters() {
	}

	static Specification<Dossier> visibleTo(Actor reader) {
		if (!reader.isApplicant()) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> cb.equal(root.get("organisationId"), reader.organisationId());
	}

	static Specification<Dossier> hasStatus(DossierStatus status) {
		return status == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get("status"), status);
	}

	static Specification<Dossier> hasScheme(AidScheme scheme) {
		return scheme == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get("scheme"), scheme);
	}

}
