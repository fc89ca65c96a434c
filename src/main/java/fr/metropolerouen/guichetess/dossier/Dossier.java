package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One application for aid by one organisation under one scheme. Every change of status goes through a method that
 * checks the current status, so that an action out of turn is refused (409) whatever entry point called it.
 * Embedded sections whose columns are all empty are loaded as null by Hibernate: read them through their accessors.
 */
@Entity
@Table(name = "dossier")
class Dossier {

	@Id
	private UUID id;

	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AidScheme scheme;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DossierStatus status;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Embedded
	private ProjectColumns project;

	@ElementCollection
	@CollectionTable(name = "dossier_de_minimis_aid", joinColumns = @JoinColumn(name = "dossier_id"))
	@OrderColumn(name = "position")
	private List<DeMinimisAidColumns> deMinimisAids = new ArrayList<>();

	/** The folded words of the reference, organisation name and project title ({@link DossierSearch}). */
	@ElementCollection
	@CollectionTable(name = "dossier_search_term", joinColumns = @JoinColumn(name = "dossier_id"))
	@Column(name = "term")
	private Set<String> searchTerms = new HashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submission_date")
	private LocalDate submissionDate;

	/** The version of the scheme's rules in force on the submission date, which judges the dossier. */
	@Column(name = "rule_set_version")
	private String ruleSetVersion;

	/** The rule-set version's parameters as they stood at the grant (JSON), kept even if configuration changes. */
	@Column(name = "frozen_conditions")
	private String frozenConditions;

	@Embedded
	private MissingDocumentsColumns missingDocuments = new MissingDocumentsColumns();

	@ElementCollection
	@CollectionTable(name = "dossier_missing_document", joinColumns = @JoinColumn(name = "dossier_id"))
	@OrderColumn(name = "position")
	@Column(name = "document_type")
	private List<String> missingDocumentTypes = new ArrayList<>();

	@Embedded
	private EligibilityColumns eligibility = new EligibilityColumns();

	@ElementCollection
	@CollectionTable(name = "dossier_eligibility_criterion", joinColumns = @JoinColumn(name = "dossier_id"))
	@OrderColumn(name = "position")
	private List<CriterionColumns> eligibilityCriteria = new ArrayList<>();

	@Embedded
	private ReviewColumns review = new ReviewColumns();

	@Embedded
	private DecisionColumns decision = new DecisionColumns();

	@Column(name = "closed_at")
	private Instant closedAt;

	/** When its personal data were erased at the end of the retention period; set by DossierRetention only. */
	@Column(name = "purged_at", insertable = false, updatable = false)
	private Instant purgedAt;

	@Version
	private long version;

	protected Dossier() {
	}

	Dossier(UUID organisationId, DossierData data, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.scheme = data.scheme();
		this.status = DossierStatus.DRAFT;
		this.createdAt = now;
		replaceDossierData(data);
	}

	void updateDraft(DossierData data) {
		requireStatus("modifier le brouillon", DossierStatus.DRAFT);
		if (data.scheme() != scheme) {
			throw new ConflictException("Le dispositif d'un dossier ne peut pas être changé : créez un nouveau dossier.");
		}
		replaceDossierData(data);
	}

	/** {@code employees}: the organisation's of the day, recorded as the headcount when none was declared. */
	void submit(String reference, Instant now, LocalDate today, String ruleSetVersion, int employees) {
		requireStatus("déposer", DossierStatus.DRAFT);
		project.recordHeadcountIfMissing(employees);
		this.reference = reference;
		this.submittedAt = now;
		this.submissionDate = today;
		this.ruleSetVersion = ruleSetVersion;
		this.status = DossierStatus.SUBMITTED;
	}

	void resubmit() {
		requireStatus("transmettre les pièces demandées", DossierStatus.AWAITING_DOCUMENTS);
		this.status = DossierStatus.SUBMITTED;
	}

	void confirmComplete() {
		requireStatus("statuer sur la complétude", DossierStatus.SUBMITTED);
		this.status = DossierStatus.UNDER_REVIEW;
	}

	void requestDocuments(List<String> documentTypes, String message, Instant now) {
		requireStatus("statuer sur la complétude", DossierStatus.SUBMITTED);
		this.missingDocumentTypes.clear();
		this.missingDocumentTypes.addAll(documentTypes);
		this.missingDocuments = new MissingDocumentsColumns(message, now);
		this.status = DossierStatus.AWAITING_DOCUMENTS;
	}

	void closeWithoutFollowUp(Instant now) {
		requireStatus("classer sans suite", DossierStatus.AWAITING_DOCUMENTS);
		this.status = DossierStatus.CLOSED_WITHOUT_FOLLOW_UP;
		this.closedAt = now;
	}

	void recordEligibility(List<CriterionOutcome> criteria, Instant now) {
		requireStatus("enregistrer l'éligibilité", DossierStatus.UNDER_REVIEW);
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("An eligibility assessment judges at least one criterion");
		}
		if (eligibility().officerDecision() != null) {
			throw new ConflictException("L'instructeur a déjà statué sur l'éligibilité du dossier " + label()
					+ " : elle ne peut plus être réévaluée automatiquement.");
		}
		this.eligibilityCriteria.clear();
		criteria.forEach(c -> this.eligibilityCriteria.add(new CriterionColumns(c)));
		this.eligibility = new EligibilityColumns(EligibilityVerdict.of(criteria), now);
	}

	void confirmIneligibility(String justification, String officer, Instant now) {
		requireIneligibilityPending();
		this.eligibility = eligibility().decidedByOfficer(EligibilityColumns.OfficerDecision.CONFIRMED_INELIGIBLE,
				justification, officer, now);
		this.status = DossierStatus.REFUSED;
		this.closedAt = now;
	}

	void overrideIneligibility(String justification, String officer, Instant now) {
		requireIneligibilityPending();
		this.eligibility = eligibility().decidedByOfficer(EligibilityColumns.OfficerDecision.OVERRIDDEN,
				justification, officer, now);
	}

	void recordSuggestedAmount(BigDecimal amount) {
		requireStatus("enregistrer le montant suggéré", DossierStatus.UNDER_REVIEW);
		this.review = review().withSuggestedAmount(Money.euros(amount));
	}

	void recordReview(BigDecimal proposedAmount, String opinion, String justification, String officer, Instant now) {
		requireStatus("terminer l'instruction", DossierStatus.UNDER_REVIEW);
		if (!isEligibleForReview()) {
			throw new ConflictException("L'éligibilité du dossier " + reference
					+ " n'est pas encore établie : il ne peut pas être présenté au Bureau.");
		}
		this.review = review().reviewed(Money.euros(proposedAmount), opinion, justification, officer, now);
		this.status = DossierStatus.AWAITING_COMMITTEE;
	}

	void grant(BigDecimal amount, LocalDate decisionDate, String deliberationNumber, String frozenConditions) {
		requireStatus("accorder l'aide", DossierStatus.AWAITING_COMMITTEE);
		this.decision = new DecisionColumns(DecisionColumns.Outcome.GRANTED, decisionDate, null,
				Money.euros(amount), deliberationNumber);
		this.frozenConditions = frozenConditions;
		this.status = DossierStatus.GRANTED;
	}

	void refuse(String reasons, LocalDate decisionDate, String deliberationNumber, Instant now) {
		requireStatus("refuser l'aide", DossierStatus.AWAITING_COMMITTEE);
		this.decision = new DecisionColumns(DecisionColumns.Outcome.REFUSED, decisionDate, reasons, null,
				deliberationNumber);
		this.status = DossierStatus.REFUSED;
		this.closedAt = now;
	}

	void requireAwaitingCommittee() {
		requireStatus("présenter au Bureau", DossierStatus.AWAITING_COMMITTEE);
	}

	void close(Instant now) {
		requireStatus("clore", DossierStatus.GRANTED);
		this.status = DossierStatus.CLOSED;
		this.closedAt = now;
	}

	/** The whole grant is withdrawn (retrait), whether it was still being paid or already paid and closed. */
	void withdrawGrant(Instant now) {
		if (!DossierStatus.WITH_GRANT_IN_FORCE.contains(status)) {
			throw new ConflictException("Impossible de retirer l'aide : le dossier " + label() + " est au statut « "
					+ status.frenchLabel() + " ».");
		}
		this.status = DossierStatus.GRANT_WITHDRAWN;
		if (closedAt == null) {
			this.closedAt = now;
		}
	}

	/** A deadline of the grant passed unmet: the grant lapses (caducité) and the dossier ends. */
	void lapse(Instant now) {
		requireStatus("constater la caducité de l'aide", DossierStatus.GRANTED);
		this.status = DossierStatus.LAPSED;
		this.closedAt = now;
	}

	void withdraw(Instant now) {
		if (!DossierStatus.WITHDRAWABLE.contains(status)) {
			throw new ConflictException("Le dossier " + label() + " ne peut plus être retiré : il est au statut « "
					+ status.frenchLabel() + " ».");
		}
		this.status = DossierStatus.WITHDRAWN;
		this.closedAt = now;
	}

	boolean isEligibleForReview() {
		return eligibility().verdict() == EligibilityVerdict.ELIGIBLE
				|| eligibility().officerDecision() == EligibilityColumns.OfficerDecision.OVERRIDDEN;
	}

	String label() {
		return reference != null ? reference : "en brouillon";
	}

	private void requireIneligibilityPending() {
		requireStatus("statuer sur l'éligibilité", DossierStatus.UNDER_REVIEW);
		EligibilityColumns current = eligibility();
		if (current.verdict() == null || current.verdict() == EligibilityVerdict.ELIGIBLE
				|| current.officerDecision() != null) {
			throw new ConflictException(
					"Le dossier " + label() + " n'attend pas de décision sur son éligibilité.");
		}
	}

	private void requireStatus(String action, DossierStatus expected) {
		if (status != expected) {
			throw new ConflictException("Impossible de " + action + " : le dossier " + label() + " est au statut « "
					+ status.frenchLabel() + " » (attendu : « " + expected.frenchLabel() + " »).");
		}
	}

	/**
	 * Keeps the search words up to date: after creation, each draft change and the submission (which gives the
	 * reference). Only the words that changed are written.
	 */
	void indexForSearch(String organisationName) {
		Set<String> wanted = DossierSearch.terms(reference, organisationName, data().projectTitle());
		searchTerms.retainAll(wanted);
		searchTerms.addAll(wanted);
	}

	private void replaceDossierData(DossierData data) {
		this.project = new ProjectColumns(data);
		this.deMinimisAids.clear();
		data.deMinimisAids().forEach(aid -> this.deMinimisAids.add(new DeMinimisAidColumns(aid)));
	}

	UUID id() {
		return id;
	}

	String reference() {
		return reference;
	}

	AidScheme scheme() {
		return scheme;
	}

	DossierStatus status() {
		return status;
	}

	UUID organisationId() {
		return organisationId;
	}

	DossierData data() {
		return project.toData(scheme, deMinimisAids.stream().map(DeMinimisAidColumns::toAid).toList());
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	LocalDate submissionDate() {
		return submissionDate;
	}

	String ruleSetVersion() {
		return ruleSetVersion;
	}

	String frozenConditions() {
		return frozenConditions;
	}

	MissingDocumentsColumns missingDocuments() {
		return missingDocuments == null ? new MissingDocumentsColumns() : missingDocuments;
	}

	List<String> missingDocumentTypes() {
		return List.copyOf(missingDocumentTypes);
	}

	EligibilityColumns eligibility() {
		return eligibility == null ? new EligibilityColumns() : eligibility;
	}

	List<CriterionOutcome> eligibilityCriteria() {
		return eligibilityCriteria.stream().map(CriterionColumns::toOutcome).toList();
	}

	ReviewColumns review() {
		return review == null ? new ReviewColumns() : review;
	}

	DecisionColumns decision() {
		return decision == null ? new DecisionColumns() : decision;
	}

	Instant closedAt() {
		return closedAt;
	}

	Instant purgedAt() {
		return purgedAt;
	}

}
