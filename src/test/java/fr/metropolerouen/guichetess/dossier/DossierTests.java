package fr.metropolerouen.guichetess.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DossierTests {

	private static final UUID ORGANISATION = UUID.fromString("3f1c2a4e-8d6b-4c1e-9a57-2b0d7e6f1a90");

	private static final String REFERENCE = "DIE-2026-0007";

	/** The organisation's number of employees on the day of submission. */
	private static final int EMPLOYEES = 12;

	private static final Instant CREATED = Instant.parse("2026-09-01T08:00:00Z");

	private static final Instant NOW = Instant.parse("2026-09-26T08:30:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 9, 26);

	private static final LocalDate DECISION_DATE = LocalDate.of(2026, 11, 26);

	private static final CriterionOutcome TERRITORY_MET = new CriterionOutcome("TERRITORY",
			CriterionOutcome.Outcome.MET, "Le projet est situé sur le territoire de la Métropole.", "1");

	private static final CriterionOutcome EMPLOYEES_NOT_MET = new CriterionOutcome("EMPLOYEES",
			CriterionOutcome.Outcome.NOT_MET, "La structure compte plus de 250 salariés.", "1");

	private static final CriterionOutcome ESS_NEEDS_REVIEW = new CriterionOutcome("ESS_MEMBERSHIP",
			CriterionOutcome.Outcome.NEEDS_REVIEW, "La forme juridique doit être examinée au cas par cas.", "1");

	static DossierData immobilierData() {
		return new DossierData(AidScheme.IMMOBILIER_ESS, "Rénovation de la recyclerie", "76540",
				new BigDecimal("14000"), List.of(), OperationType.RENOVATION, new BigDecimal("140000"),
				LocalDate.of(2027, 1, 15), null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	static DossierData locationData() {
		return new DossierData(AidScheme.LOCATION_ESS, "Location d'un atelier partagé", "76231",
				new BigDecimal("6000"), List.of(), null, null, null, new BigDecimal("1250.50"), new BigDecimal("180"),
				LocalDate.of(2027, 2, 1), 36, null, null, null, null, null, null, null, null, null);
	}

	static Dossier draft() {
		return new Dossier(ORGANISATION, immobilierData(), CREATED);
	}

	static Dossier submitted() {
		Dossier dossier = draft();
		dossier.submit(REFERENCE, NOW, TODAY, "1", EMPLOYEES);
		return dossier;
	}

	static Dossier awaitingDocuments() {
		Dossier dossier = submitted();
		dossier.requestDocuments(List.of("STATUTES"), "Les statuts signés manquent.", NOW);
		return dossier;
	}

	static Dossier underReview() {
		Dossier dossier = submitted();
		dossier.confirmComplete();
		return dossier;
	}

	static Dossier underReviewWith(CriterionOutcome... criteria) {
		Dossier dossier = underReview();
		dossier.recordEligibility(List.of(criteria), NOW);
		return dossier;
	}

	static Dossier eligible() {
		return underReviewWith(TERRITORY_MET);
	}

	static Dossier awaitingCommittee() {
		Dossier dossier = eligible();
		dossier.recordReview(new BigDecimal("14000"), "Projet solide, avis favorable.", null, "instructeur", NOW);
		return dossier;
	}

	static Dossier granted() {
		Dossier dossier = awaitingCommittee();
		dossier.grant(new BigDecimal("14000"), DECISION_DATE, "B2026-0001", "{}");
		return dossier;
	}

	static Dossier in(DossierStatus status) {
		Dossier dossier = switch (status) {
			case DRAFT -> draft();
			case SUBMITTED -> submitted();
			case AWAITING_DOCUMENTS -> awaitingDocuments();
			case UNDER_REVIEW -> eligible();
			case AWAITING_COMMITTEE -> awaitingCommittee();
			case GRANTED -> granted();
			case CLOSED -> {
				Dossier closed = granted();
				closed.close(NOW);
				yield closed;
			}
			case REFUSED -> {
				Dossier refused = awaitingCommittee();
				refused.refuse("Le projet ne crée pas d'emploi.", DECISION_DATE, "B2026-0002", NOW);
				yield refused;
			}
			case WITHDRAWN -> {
				Dossier withdrawn = submitted();
				withdrawn.withdraw(NOW);
				yield withdrawn;
			}
			case CLOSED_WITHOUT_FOLLOW_UP -> {
				Dossier closed = awaitingDocuments();
				closed.closeWithoutFollowUp(NOW);
				yield closed;
			}
			case GRANT_WITHDRAWN -> {
				Dossier withdrawn = granted();
				withdrawn.withdrawGrant(NOW);
				yield withdrawn;
			}
			case LAPSED -> {
				Dossier lapsed = granted();
				lapsed.lapse(NOW);
				yield lapsed;
			}
		};
		assertThat(dossier.status()).as("test fixture").isEqualTo(status);
		return dossier;
	}

	@Nested
	class AllowedTransitions {

		@Test
		void aNewDossierIsADraftOfItsOrganisationWithoutReference() {
			Dossier dossier = draft();

			assertThat(dossier.status()).isEqualTo(DossierStatus.DRAFT);
			assertThat(dossier.id()).isNotNull();
			assertThat(dossier.organisationId()).isEqualTo(ORGANISATION);
			assertThat(dossier.scheme()).isEqualTo(AidScheme.IMMOBILIER_ESS);
			assertThat(dossier.reference()).isNull();
			assertThat(dossier.label()).isEqualTo("en brouillon");
			assertThat(dossier.createdAt()).isEqualTo(CREATED);
		}

		@Test
		void aDraftKeepsTheDeclaredDataWithAmountsInCents() {
			Dossier dossier = draft();

			assertThat(dossier.data().projectTitle()).isEqualTo("Rénovation de la recyclerie");
			assertThat(dossier.data().requestedAmount()).isEqualByComparingTo("14000").hasToString("14000.00");
			assertThat(dossier.data().eligibleExpenses()).hasToString("140000.00");
			assertThat(dossier.data().operationType()).isEqualTo(OperationType.RENOVATION);
		}

		@Test
		void updatingADraftReplacesItsData() {
			Dossier dossier = draft();
			DeMinimisAid aid = new DeMinimisAid("  Région Normandie ", LocalDate.of(2025, 3, 1),
					new BigDecimal("5000"));
			DossierData changed = new DossierData(AidScheme.IMMOBILIER_ESS, "  Extension de l'atelier  ", "76231",
					new BigDecimal("20000.5"), List.of(aid), OperationType.EXTENSION, new BigDecimal("200000"),
					LocalDate.of(2027, 3, 1), null, null, null, null, null, null, null, null, null, null, null, null,
					null);

			dossier.updateDraft(changed);

			assertThat(dossier.status()).isEqualTo(DossierStatus.DRAFT);
			assertThat(dossier.data().projectTitle()).isEqualTo("Extension de l'atelier");
			assertThat(dossier.data().communeInseeCode()).isEqualTo("76231");
			assertThat(dossier.data().requestedAmount()).hasToString("20000.50");
			assertThat(dossier.data().deMinimisAids())
				.containsExactly(new DeMinimisAid("Région Normandie", LocalDate.of(2025, 3, 1),
						new BigDecimal("5000.00")));
		}

		@Test
		void updatingADraftRefusesAChangeOfScheme() {
			Dossier dossier = draft();

			assertThatThrownBy(() -> dossier.updateDraft(locationData())).isInstanceOf(ConflictException.class)
				.hasMessageContaining("dispositif");
			assertThat(dossier.scheme()).isEqualTo(AidScheme.IMMOBILIER_ESS);
			assertThat(dossier.data().scheme()).isEqualTo(AidScheme.IMMOBILIER_ESS);
			assertThat(dossier.data().projectTitle()).isEqualTo("Rénovation de la recyclerie");
			assertThat(dossier.data().monthlyRent()).isNull();
		}

		@Test
		void submittingADraftGivesItsReferenceAndReceiptDate() {
			Dossier dossier = draft();

			dossier.submit(REFERENCE, NOW, TODAY, "1", EMPLOYEES);

			assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
			assertThat(dossier.reference()).isEqualTo(REFERENCE);
			assertThat(dossier.label()).isEqualTo(REFERENCE);
			assertThat(dossier.submittedAt()).isEqualTo(NOW);
			assertThat(dossier.submissionDate()).isEqualTo(TODAY);
		}

		@Test
		void submittingRecordsTheOrganisationsEmployeesAsHeadcountWhenNoneWasDeclared() {
			Dossier dossier = draft();

			dossier.submit(REFERENCE, NOW, TODAY, "1", EMPLOYEES);

			assertThat(dossier.data().headcount()).isEqualTo(EMPLOYEES);
			assertThat(dossier.data().jobsCreated()).isNull();
			assertThat(dossier.data().jobsKept()).isNull();
		}

		@Test
		void submittingKeepsTheDeclaredJobs() {
			Dossier dossier = new Dossier(ORGANISATION, DeclaredJobsTests.withJobs(immobilierData(), 0, 2, 3), CREATED);

			dossier.submit(REFERENCE, NOW, TODAY, "1", EMPLOYEES);

			assertThat(dossier.data()).extracting(DossierData::headcount, DossierData::jobsCreated, DossierData::jobsKept)
				.containsExactly(0, 2, 3);
		}

		@Test
		void confirmingCompletenessPutsTheDossierUnderReview() {
			Dossier dossier = submitted();

			dossier.confirmComplete();

			assertThat(dossier.status()).isEqualTo(DossierStatus.UNDER_REVIEW);
		}

		@Test
		void requestingDocumentsRecordsWhatIsMissingAndWhy() {
			Dossier dossier = submitted();

			dossier.requestDocuments(List.of("STATUTES", "SITE_PLAN"), "Merci de joindre les statuts et le plan.",
					NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_DOCUMENTS);
			assertThat(dossier.missingDocumentTypes()).containsExactly("STATUTES", "SITE_PLAN");
			assertThat(dossier.missingDocuments().message()).isEqualTo("Merci de joindre les statuts et le plan.");
			assertThat(dossier.missingDocuments().requestedAt()).isEqualTo(NOW);
		}

		@Test
		void aNewRequestForDocumentsReplacesThePreviousList() {
			Dossier dossier = awaitingDocuments();
			dossier.resubmit();

			dossier.requestDocuments(List.of("SITE_PLAN"), "Le plan manque encore.", NOW.plusSeconds(60));

			assertThat(dossier.missingDocumentTypes()).containsExactly("SITE_PLAN");
			assertThat(dossier.missingDocuments().message()).isEqualTo("Le plan manque encore.");
		}

		@Test
		void resubmittingHandsTheDossierBackToTheOfficerWithItsReference() {
			Dossier dossier = awaitingDocuments();

			dossier.resubmit();

			assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
			assertThat(dossier.reference()).isEqualTo(REFERENCE);
			assertThat(dossier.submissionDate()).isEqualTo(TODAY);
		}

		@Test
		void aDossierStillMissingDocumentsCanBeClosedWithoutFollowUp() {
			Dossier dossier = awaitingDocuments();

			dossier.closeWithoutFollowUp(NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.CLOSED_WITHOUT_FOLLOW_UP);
			assertThat(dossier.closedAt()).isEqualTo(NOW);
		}

		@Test
		void recordingEligibilityKeepsTheCriteriaAndTheVerdictWithoutChangingStatus() {
			Dossier dossier = underReview();

			dossier.recordEligibility(List.of(TERRITORY_MET, EMPLOYEES_NOT_MET), NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.UNDER_REVIEW);
			assertThat(dossier.eligibility().verdict()).isEqualTo(EligibilityVerdict.INELIGIBLE);
			assertThat(dossier.eligibility().assessedAt()).isEqualTo(NOW);
			assertThat(dossier.eligibility().officerDecision()).isNull();
			assertThat(dossier.eligibilityCriteria()).containsExactly(TERRITORY_MET, EMPLOYEES_NOT_MET);
		}

		@Test
		void recordingTheSuggestedAmountKeepsItInCents() {
			Dossier dossier = eligible();

			dossier.recordSuggestedAmount(new BigDecimal("14000"));

			assertThat(dossier.status()).isEqualTo(DossierStatus.UNDER_REVIEW);
			assertThat(dossier.review().suggestedAmount()).hasToString("14000.00");
		}

		@Test
		void reviewingAnEligibleDossierSendsItToTheCommittee() {
			Dossier dossier = eligible();
			dossier.recordSuggestedAmount(new BigDecimal("14000"));

			dossier.recordReview(new BigDecimal("12000"), "Avis favorable.", null, "instructeur", NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_COMMITTEE);
			assertThat(dossier.review().suggestedAmount()).hasToString("14000.00");
			assertThat(dossier.review().proposedAmount()).hasToString("12000.00");
			assertThat(dossier.review().opinion()).isEqualTo("Avis favorable.");
			assertThat(dossier.review().reviewedBy()).isEqualTo("instructeur");
			assertThat(dossier.review().reviewedAt()).isEqualTo(NOW);
		}

		@Test
		void aDossierAwaitingTheCommitteeCanBePresentedToIt() {
			Dossier dossier = awaitingCommittee();

			assertThatNoException().isThrownBy(dossier::requireAwaitingCommittee);
		}

		@Test
		void grantingRecordsTheDecisionItsDeliberationAndTheAmount() {
			Dossier dossier = awaitingCommittee();

			dossier.grant(new BigDecimal("14000"), DECISION_DATE, "B2026-0003", "{}");

			assertThat(dossier.status()).isEqualTo(DossierStatus.GRANTED);
			assertThat(dossier.decision().outcome()).isEqualTo(DecisionColumns.Outcome.GRANTED);
			assertThat(dossier.decision().date()).isEqualTo(DECISION_DATE);
			assertThat(dossier.decision().grantedAmount()).hasToString("14000.00");
			assertThat(dossier.decision().deliberationNumber()).isEqualTo("B2026-0003");
			assertThat(dossier.closedAt()).isNull();
		}

		@Test
		void refusingRecordsTheReasonsAndClosesTheDossier() {
			Dossier dossier = awaitingCommittee();

			dossier.refuse("Le projet ne crée pas d'emploi.", DECISION_DATE, "B2026-0004", NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
			assertThat(dossier.decision().outcome()).isEqualTo(DecisionColumns.Outcome.REFUSED);
			assertThat(dossier.decision().reasons()).isEqualTo("Le projet ne crée pas d'emploi.");
			assertThat(dossier.decision().grantedAmount()).isNull();
			assertThat(dossier.closedAt()).isEqualTo(NOW);
		}

		@Test
		void aGrantedDossierCanBeClosed() {
			Dossier dossier = granted();

			dossier.close(NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.CLOSED);
			assertThat(dossier.closedAt()).isEqualTo(NOW);
		}

		@Test
		void aGrantedDossierCanLapseAndEndsThere() {
			Dossier dossier = granted();

			dossier.lapse(NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.LAPSED);
			assertThat(dossier.closedAt()).isEqualTo(NOW);
			assertThat(dossier.decision().grantedAmount()).isEqualByComparingTo("14000");
		}

	}

	@Nested
	class ActionsOutOfTurn {

		record Action(String name, DossierStatus allowedIn, Consumer<Dossier> perform) {

			@Override
			public String toString() {
				return name;
			}

		}

		static final List<Action> ACTIONS = List.of(
				new Action("updateDraft", DossierStatus.DRAFT, d -> d.updateDraft(immobilierData())),
				new Action("submit", DossierStatus.DRAFT, d -> d.submit("DIE-2026-0099", NOW, TODAY, "1", EMPLOYEES)),
				new Action("resubmit", DossierStatus.AWAITING_DOCUMENTS, Dossier::resubmit),
				new Action("confirmComplete", DossierStatus.SUBMITTED, Dossier::confirmComplete),
				new Action("requestDocuments", DossierStatus.SUBMITTED,
						d -> d.requestDocuments(List.of("STATUTES"), "Statuts manquants.", NOW)),
				new Action("closeWithoutFollowUp", DossierStatus.AWAITING_DOCUMENTS,
						d -> d.closeWithoutFollowUp(NOW)),
				new Action("recordEligibility", DossierStatus.UNDER_REVIEW,
						d -> d.recordEligibility(List.of(TERRITORY_MET), NOW)),
				new Action("confirmIneligibility", DossierStatus.UNDER_REVIEW,
						d -> d.confirmIneligibility("Trop de salariés.", "instructeur", NOW)),
				new Action("overrideIneligibility", DossierStatus.UNDER_REVIEW,
						d -> d.overrideIneligibility("Effectif recalculé.", "instructeur", NOW)),
				new Action("recordSuggestedAmount", DossierStatus.UNDER_REVIEW,
						d -> d.recordSuggestedAmount(new BigDecimal("14000"))),
				new Action("recordReview", DossierStatus.UNDER_REVIEW,
						d -> d.recordReview(new BigDecimal("14000"), "Avis favorable.", null, "instructeur", NOW)),
				new Action("requireAwaitingCommittee", DossierStatus.AWAITING_COMMITTEE,
						Dossier::requireAwaitingCommittee),
				new Action("grant", DossierStatus.AWAITING_COMMITTEE,
						d -> d.grant(new BigDecimal("14000"), DECISION_DATE, "B2026-0005", "{}")),
				new Action("refuse", DossierStatus.AWAITING_COMMITTEE,
						d -> d.refuse("Motif.", DECISION_DATE, "B2026-0006", NOW)),
				new Action("close", DossierStatus.GRANTED, d -> d.close(NOW)),
				new Action("lapse", DossierStatus.GRANTED, d -> d.lapse(NOW)));

		static Stream<Arguments> everyActionInEveryOtherStatus() {
			return ACTIONS.stream()
				.flatMap(action -> Arrays.stream(DossierStatus.values())
					.filter(status -> status != action.allowedIn())
					.map(status -> Arguments.of(action, status)));
		}

		@ParameterizedTest(name = "{0} in {1}")
		@MethodSource("everyActionInEveryOtherStatus")
		void isRefusedWithAFrenchMessageNamingTheCurrentStatus(Action action, DossierStatus current) {
			Dossier dossier = in(current);

			assertThatThrownBy(() -> action.perform().accept(dossier)).isInstanceOf(ConflictException.class)
				.hasMessageStartingWith("Impossible de ")
				.hasMessageContaining("est au statut « " + current.frenchLabel() + " »")
				.hasMessageContaining("(attendu : « " + action.allowedIn().frenchLabel() + " »)")
				.hasMessageContaining(dossier.label());
			assertThat(dossier.status()).isEqualTo(current);
		}

		@Test
		void everyActionIsAllowedInTheStatusItExpects() {
			assertThat(ACTIONS).allSatisfy(action -> {
				boolean needsIneligibility = action.name().equals("confirmIneligibility")
						|| action.name().equals("overrideIneligibility");
				Dossier dossier = needsIneligibility ? underReviewWith(EMPLOYEES_NOT_MET) : in(action.allowedIn());
				assertThatNoException().as(action.name()).isThrownBy(() -> action.perform().accept(dossier));
			});
		}

		@Test
		void theMessageOfADraftSaysItIsADraft() {
			Dossier dossier = draft();

			assertThatThrownBy(dossier::confirmComplete).isInstanceOf(ConflictException.class)
				.hasMessage("Impossible de statuer sur la complétude : le dossier en brouillon est au statut « Brouillon »"
						+ " (attendu : « Déposé »).");
		}

	}

	@Nested
	class GrantWithdrawal {

		@Test
		void aGrantStillBeingPaidIsWithdrawnAndClosedThen() {
			Dossier dossier = granted();

			dossier.withdrawGrant(NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.GRANT_WITHDRAWN);
			assertThat(dossier.closedAt()).isEqualTo(NOW);
		}

		@Test
		void aPaidAndClosedGrantIsWithdrawnAndKeepsItsClosingDate() {
			Dossier dossier = in(DossierStatus.CLOSED);

			dossier.withdrawGrant(NOW.plusSeconds(3600));

			assertThat(dossier.status()).isEqualTo(DossierStatus.GRANT_WITHDRAWN);
			assertThat(dossier.closedAt()).isEqualTo(NOW);
		}

		@ParameterizedTest
		@EnumSource(names = { "GRANTED", "CLOSED" }, mode = EnumSource.Mode.EXCLUDE)
		void isRefusedWithoutAGrantInForce(DossierStatus status) {
			Dossier dossier = in(status);

			assertThatThrownBy(() -> dossier.withdrawGrant(NOW)).isInstanceOf(ConflictException.class)
				.hasMessage("Impossible de retirer l'aide : le dossier " + dossier.label() + " est au statut « "
						+ status.frenchLabel() + " ».");
			assertThat(dossier.status()).isEqualTo(status);
		}

	}

	@Nested
	class Withdrawal {

		@ParameterizedTest
		@EnumSource(names = { "DRAFT", "SUBMITTED", "AWAITING_DOCUMENTS", "UNDER_REVIEW", "AWAITING_COMMITTEE" })
		void isAllowedBeforeTheDecision(DossierStatus status) {
			Dossier dossier = in(status);

			dossier.withdraw(NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.WITHDRAWN);
			assertThat(dossier.closedAt()).isEqualTo(NOW);
		}

		@ParameterizedTest
		@EnumSource(names = { "GRANTED", "CLOSED", "REFUSED", "WITHDRAWN", "CLOSED_WITHOUT_FOLLOW_UP",
				"GRANT_WITHDRAWN", "LAPSED" })
		void isRefusedOnceDecidedOrClosed(DossierStatus status) {
			Dossier dossier = in(status);
			Instant closedBefore = dossier.closedAt();

			assertThatThrownBy(() -> dossier.withdraw(NOW.plusSeconds(3600))).isInstanceOf(ConflictException.class)
				.hasMessage("Le dossier " + REFERENCE + " ne peut plus être retiré : il est au statut « "
						+ status.frenchLabel() + " ».");
			assertThat(dossier.status()).isEqualTo(status);
			assertThat(dossier.closedAt()).isEqualTo(closedBefore);
		}

		@Test
		void theWithdrawableStatusesAreExactlyThoseBeforeTheDecision() {
			assertThat(DossierStatus.WITHDRAWABLE).containsExactlyInAnyOrder(DossierStatus.DRAFT,
					DossierStatus.SUBMITTED, DossierStatus.AWAITING_DOCUMENTS, DossierStatus.UNDER_REVIEW,
					DossierStatus.AWAITING_COMMITTEE);
		}

	}

	@Nested
	class ReviewNeedsEstablishedEligibility {

		@Test
		void isRefusedBeforeEligibilityIsAssessed() {
			Dossier dossier = underReview();

			assertThatThrownBy(() -> review(dossier)).isInstanceOf(ConflictException.class)
				.hasMessage("L'éligibilité du dossier " + REFERENCE
						+ " n'est pas encore établie : il ne peut pas être présenté au Bureau.");
			assertThat(dossier.status()).isEqualTo(DossierStatus.UNDER_REVIEW);
			assertThat(dossier.review().proposedAmount()).isNull();
		}

		@Test
		void isRefusedWhileTheDossierIsIneligible() {
			Dossier dossier = underReviewWith(TERRITORY_MET, EMPLOYEES_NOT_MET);

			assertThatThrownBy(() -> review(dossier)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("n'est pas encore établie");
			assertThat(dossier.isEligibleForReview()).isFalse();
		}

		@Test
		void isRefusedWhileACriterionAwaitsTheOfficersReview() {
			Dossier dossier = underReviewWith(TERRITORY_MET, ESS_NEEDS_REVIEW);

			assertThatThrownBy(() -> review(dossier)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("n'est pas encore établie");
		}

		@Test
		void isAllowedOnceTheOfficerOverridesIneligibility() {
			Dossier dossier = underReviewWith(EMPLOYEES_NOT_MET);

			dossier.overrideIneligibility("Effectif en équivalents temps plein : 180.", "instructeur", NOW);
			review(dossier);

			assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_COMMITTEE);
		}

		@Test
		void isAllowedOnceTheOfficerSettlesACriterionThatNeededReview() {
			Dossier dossier = underReviewWith(ESS_NEEDS_REVIEW);

			dossier.overrideIneligibility("Agrément ESUS fourni.", "instructeur", NOW);
			review(dossier);

			assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_COMMITTEE);
		}

		@Test
		void isAllowedForAnEligibleDossier() {
			Dossier dossier = eligible();

			assertThat(dossier.isEligibleForReview()).isTrue();
			review(dossier);
			assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_COMMITTEE);
		}

		private void review(Dossier dossier) {
			dossier.recordReview(new BigDecimal("14000"), "Avis favorable.", null, "instructeur", NOW);
		}

	}

	@Nested
	class OfficerDecisionOnIneligibility {

		@Test
		void confirmingIneligibilityRefusesAndClosesTheDossier() {
			Dossier dossier = underReviewWith(TERRITORY_MET, EMPLOYEES_NOT_MET);

			dossier.confirmIneligibility("Plus de 250 salariés.", "instructeur", NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
			assertThat(dossier.closedAt()).isEqualTo(NOW);
			assertThat(dossier.eligibility().verdict()).isEqualTo(EligibilityVerdict.INELIGIBLE);
			assertThat(dossier.eligibility().officerDecision())
				.isEqualTo(EligibilityColumns.OfficerDecision.CONFIRMED_INELIGIBLE);
			assertThat(dossier.eligibility().justification()).isEqualTo("Plus de 250 salariés.");
			assertThat(dossier.eligibility().decidedBy()).isEqualTo("instructeur");
			assertThat(dossier.eligibility().decidedAt()).isEqualTo(NOW);
			assertThat(dossier.eligibility().assessedAt()).isEqualTo(NOW);
		}

		@Test
		void confirmingIneligibilityIsAllowedWhenACriterionNeedsReview() {
			Dossier dossier = underReviewWith(ESS_NEEDS_REVIEW);

			dossier.confirmIneligibility("Société commerciale sans agrément ESUS.", "instructeur", NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
		}

		@Test
		void overridingIneligibilityKeepsTheDossierUnderReviewAndRecordsTheOfficer() {
			Dossier dossier = underReviewWith(EMPLOYEES_NOT_MET);

			dossier.overrideIneligibility("Effectif recalculé.", "instructeur", NOW);

			assertThat(dossier.status()).isEqualTo(DossierStatus.UNDER_REVIEW);
			assertThat(dossier.eligibility().verdict()).isEqualTo(EligibilityVerdict.INELIGIBLE);
			assertThat(dossier.eligibility().officerDecision())
				.isEqualTo(EligibilityColumns.OfficerDecision.OVERRIDDEN);
			assertThat(dossier.eligibility().justification()).isEqualTo("Effectif recalculé.");
			assertThat(dossier.closedAt()).isNull();
		}

		@Test
		void noDecisionIsExpectedOnAnEligibleDossier() {
			Dossier dossier = eligible();

			assertThatThrownBy(() -> dossier.confirmIneligibility("x", "instructeur", NOW))
				.isInstanceOf(ConflictException.class)
				.hasMessage("Le dossier " + REFERENCE + " n'attend pas de décision sur son éligibilité.");
			assertThatThrownBy(() -> dossier.overrideIneligibility("x", "instructeur", NOW))
				.isInstanceOf(ConflictException.class)
				.hasMessage("Le dossier " + REFERENCE + " n'attend pas de décision sur son éligibilité.");
			assertThat(dossier.eligibility().officerDecision()).isNull();
		}

		@Test
		void noDecisionIsExpectedBeforeEligibilityIsAssessed() {
			Dossier dossier = underReview();

			assertThatThrownBy(() -> dossier.confirmIneligibility("x", "instructeur", NOW))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("n'attend pas de décision sur son éligibilité");
			assertThatThrownBy(() -> dossier.overrideIneligibility("x", "instructeur", NOW))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("n'attend pas de décision sur son éligibilité");
			assertThat(dossier.status()).isEqualTo(DossierStatus.UNDER_REVIEW);
		}

		@Test
		void anOverrideCannotBeFollowedByAnotherDecision() {
			Dossier dossier = underReviewWith(EMPLOYEES_NOT_MET);
			dossier.overrideIneligibility("Effectif recalculé.", "instructeur", NOW);

			assertThatThrownBy(() -> dossier.confirmIneligibility("Finalement non.", "cheffe", NOW))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("n'attend pas de décision sur son éligibilité");
			assertThatThrownBy(() -> dossier.overrideIneligibility("Encore.", "cheffe", NOW))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("n'attend pas de décision sur son éligibilité");
			assertThat(dossier.status()).isEqualTo(DossierStatus.UNDER_REVIEW);
			assertThat(dossier.eligibility().decidedBy()).isEqualTo("instructeur");
		}

		@Test
		void aConfirmedIneligibilityCannotBeOverriddenAfterwards() {
			Dossier dossier = underReviewWith(EMPLOYEES_NOT_MET);
			dossier.confirmIneligibility("Plus de 250 salariés.", "instructeur", NOW);

			assertThatThrownBy(() -> dossier.overrideIneligibility("Erreur.", "cheffe", NOW))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("est au statut « Refusé »");
			assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
		}

	}

}
