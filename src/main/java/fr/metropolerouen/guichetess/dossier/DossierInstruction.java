package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an officer does on a dossier: check completeness, decide on an ineligible verdict, review. */
@Service
@Transactional
class DossierInstruction {

	private final DossierAccess access;

	private final DossierJournal journal;

	private final SchemeCatalogue schemes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DossierInstruction(DossierAccess access, DossierJournal journal, SchemeCatalogue schemes,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.journal = journal;
		this.schemes = schemes;
		this.events = events;
		this.clock = clock;
	}

	Dossier recordCompleteness(UUID id, boolean complete, List<String> missingDocuments, String message,
			Actor officer) {
		Dossier dossier = access.visibleForUpdate(id, officer);
		DossierStatus before = dossier.status();
		if (complete) {
			dossier.confirmComplete();
			journal.recordChange(dossier, before, officer, TimelineAction.COMPLETENESS_CONFIRMED, message);
		}
		else {
			List<String> types = checkedMissingDocuments(dossier, missingDocuments, message);
			dossier.requestDocuments(types, message.strip(), clock.instant());
			journal.recordChange(dossier, before, officer, TimelineAction.DOCUMENTS_REQUESTED,
					"Pièces demandées : " + String.join(", ", types) + ". " + message.strip());
		}
		events.publishEvent(new DossierEvents.CompletenessChecked(dossier.id(), complete));
		return dossier;
	}

	Dossier decideOnIneligibility(UUID id, boolean confirmIneligible, String justification, Actor officer) {
		Dossier dossier = access.visibleForUpdate(id, officer);
		DossierStatus before = dossier.status();
		String written = justification == null || justification.isBlank() ? null : justification.strip();
		if (confirmIneligible) {
			// no criterion was plainly unmet: the refusal letter must say why the officer judged it so
			if (written == null && dossier.eligibility().verdict() == EligibilityVerdict.NEEDS_REVIEW) {
				throw new InvalidRequestException("Refuser un dossier à examiner exige une justification écrite.",
						List.of(new FieldError("justification", "est obligatoire pour refuser un dossier à examiner")));
			}
			dossier.confirmIneligibility(written, officer.username(), clock.instant());
			journal.recordChange(dossier, before, officer, TimelineAction.INELIGIBILITY_CONFIRMED, written);
		}
		else {
			if (written == null) {
				throw new InvalidRequestException("Lever l'inéligibilité exige une justification écrite.",
						List.of(new FieldError("justification", "est obligatoire pour lever l'inéligibilité")));
			}
			dossier.overrideIneligibility(written, officer.username(), clock.instant());
			journal.recordChange(dossier, before, officer, TimelineAction.INELIGIBILITY_OVERRIDDEN, written);
		}
		events.publishEvent(new DossierEvents.IneligibilityDecided(dossier.id(), confirmIneligible));
		return dossier;
	}

	/**
	 * Ends the review. The officer may propose less than the amount the rules suggest, or more only with a written
	 * justification.
	 */
	Dossier recordReview(UUID id, BigDecimal proposedAmount, String opinion, String justification, Actor officer) {
		Dossier dossier = access.visibleForUpdate(id, officer);
		DossierStatus before = dossier.status();
		String written = justification == null || justification.isBlank() ? null : justification.strip();
		BigDecimal suggested = dossier.review().suggestedAmount();
		if (written == null && suggested != null && proposedAmount.compareTo(suggested) > 0) {
			throw new InvalidRequestException("Proposer plus que le montant suggéré exige une justification écrite.",
					List.of(new FieldError("justification", "est obligatoire pour proposer plus que le montant suggéré ("
							+ FrenchFormat.euros(suggested) + ")")));
		}
		dossier.recordReview(proposedAmount, opinion.strip(), written, officer.username(), clock.instant());
		journal.recordChange(dossier, before, officer, TimelineAction.REVIEWED,
				"Montant proposé au Bureau : " + FrenchFormat.euros(dossier.review().proposedAmount()) + ".");
		events.publishEvent(new DossierEvents.DossierReviewed(dossier.id()));
		return dossier;
	}

	private List<String> checkedMissingDocuments(Dossier dossier, List<String> requested, String message) {
		List<FieldError> errors = new ArrayList<>();
		if (requested == null || requested.isEmpty()) {
			errors.add(new FieldError("missingDocuments", "doit lister au moins une pièce manquante"));
		}
		else {
			requested.stream()
				.filter(code -> schemes.requiredDocuments(dossier.scheme()).stream().noneMatch(t -> t.code().equals(code)))
				.forEach(code -> errors.add(new FieldError("missingDocuments",
						"« " + code + " » n'est pas une pièce du dispositif")));
		}
		if (message == null || message.isBlank()) {
			errors.add(new FieldError("message", "est obligatoire pour expliquer la demande au porteur de projet"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("La demande de pièces est incomplète.", errors);
		}
		return List.copyOf(new LinkedHashSet<>(requested));
	}

}
