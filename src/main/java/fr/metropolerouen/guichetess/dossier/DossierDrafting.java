package fr.metropolerouen.guichetess.dossier;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an applicant does with its organisation's dossiers: draft, submit, answer a request, withdraw. */
@Service
@Transactional
class DossierDrafting {

	private final DossierRepository dossiers;

	private final DossierAccess access;

	private final DossierReferences references;

	private final RuleSets ruleSets;

	private final DossierJournal journal;

	private final ApplicationEventPublisher events;

	private final Organisations organisations;

	private final Clock clock;

	DossierDrafting(DossierRepository dossiers, DossierAccess access, DossierReferences references,
			RuleSets ruleSets, DossierJournal journal, ApplicationEventPublisher events, Organisations organisations,
			Clock clock) {
		this.organisations = organisations;
		this.dossiers = dossiers;
		this.access = access;
		this.references = references;
		this.ruleSets = ruleSets;
		this.journal = journal;
		this.events = events;
		this.clock = clock;
	}

	Dossier create(DossierData data, Actor applicant) {
		Dossier dossier = new Dossier(applicant.organisationId(), data, clock.instant());
		indexForSearch(dossier);
		dossier = dossiers.save(dossier);
		journal.recordChange(dossier, null, applicant, TimelineAction.CREATED, null);
		return dossier;
	}

	Dossier update(UUID id, DossierData data, Actor applicant) {
		Dossier dossier = access.visibleForUpdate(id, applicant);
		dossier.updateDraft(data);
		indexForSearch(dossier);
		journal.recordChange(dossier, dossier.status(), applicant, TimelineAction.UPDATED, null);
		return dossier;
	}

	/**
	 * First submission gives the dossier its reference and starts its procedure; after a request for missing
	 * documents, submitting again hands the dossier back to the officer.
	 */
	Dossier submit(UUID id, Actor applicant) {
		Dossier dossier = access.visibleForUpdate(id, applicant);
		DossierStatus before = dossier.status();
		if (before == DossierStatus.AWAITING_DOCUMENTS) {
			dossier.resubmit();
			journal.recordChange(dossier, before, applicant, TimelineAction.RESUBMITTED, null);
			events.publishEvent(new DossierEvents.DossierResubmitted(dossier.id(), dossier.reference()));
			return dossier;
		}
		List<FieldError> missing = SubmissionRules.missingFields(dossier.data());
		if (!missing.isEmpty()) {
			throw new InvalidRequestException("Le dossier ne peut pas être déposé : des informations manquent.",
					missing);
		}
		var today = FrenchFormat.today(clock);
		RuleSetVersion rules = ruleSets.inForce(dossier.scheme(), today);
		OrganisationView organisation = organisations.get(dossier.organisationId());
		dossier.submit(references.next(dossier.scheme(), today.getYear()), clock.instant(), today, rules.version(),
				organisation.employees());
		dossier.indexForSearch(organisation.name());
		journal.recordChange(dossier, before, applicant, TimelineAction.SUBMITTED,
				"Référence attribuée : " + dossier.reference() + ". Règlement applicable : version " + rules.version()
						+ ".");
		events.publishEvent(new DossierEvents.DossierSubmitted(dossier.id(), dossier.reference(), dossier.scheme(),
				dossier.organisationId()));
		return dossier;
	}

	private void indexForSearch(Dossier dossier) {
		dossier.indexForSearch(organisations.get(dossier.organisationId()).name());
	}

	Dossier withdraw(UUID id, Actor applicant) {
		Dossier dossier = access.visibleForUpdate(id, applicant);
		DossierStatus before = dossier.status();
		dossier.withdraw(clock.instant());
		journal.recordChange(dossier, before, applicant, TimelineAction.WITHDRAWN, null);
		events.publishEvent(new DossierEvents.DossierWithdrawn(dossier.id(), before));
		return dossier;
	}

}
