package fr.metropolerouen.guichetess.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The agreement of one grant: issued, signed by the beneficiary, then countersigned. */
@Entity
@Table(name = "grant_agreement")
class GrantAgreement {

	@Id
	private UUID id;

	@Column(name = "dossier_id", nullable = false, unique = true)
	private UUID dossierId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status;

	@Column(name = "annual_amount", nullable = false)
	private BigDecimal annualAmount;

	@Column(name = "letter_id", nullable = false)
	private UUID letterId;

	@Column(name = "signed_copy_document_id")
	private UUID signedCopyDocumentId;

	@Column(name = "beneficiary_signed_at")
	private Instant beneficiarySignedAt;

	@Column(name = "beneficiary_signed_by")
	private String beneficiarySignedBy;

	@Column(name = "countersigned_on")
	private LocalDate countersignedOn;

	@Column(name = "countersigned_by")
	private String countersignedBy;

	@Column(name = "countersigned_at")
	private Instant countersignedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected GrantAgreement() {
	}

	GrantAgreement(UUID dossierId, BigDecimal annualAmount, UUID letterId, Instant now) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.status = AgreementStatus.AWAITING_SIGNATURES;
		this.annualAmount = annualAmount;
		this.letterId = letterId;
		this.createdAt = now;
	}

	/** The beneficiary hands in its signed copy; a better copy may replace it until the Métropole countersigns. */
	void signedByBeneficiary(UUID documentId, Instant now, String applicant) {
		if (status == AgreementStatus.SIGNED) {
			throw new ConflictException("La convention est déjà signée par les deux parties.");
		}
		this.signedCopyDocumentId = documentId;
		this.beneficiarySignedAt = now;
		this.beneficiarySignedBy = applicant;
		this.status = AgreementStatus.SIGNED_BY_BENEFICIARY;
	}

	void countersigned(LocalDate signedOn, Instant now, String officer) {
		if (status == AgreementStatus.AWAITING_SIGNATURES) {
			throw new ConflictException("Le bénéficiaire n'a pas encore déposé la convention signée : elle ne peut pas "
					+ "être contresignée.");
		}
		if (status == AgreementStatus.SIGNED) {
			throw new ConflictException("La convention est déjà contresignée, le " + countersignedOn + ".");
		}
		this.countersignedOn = signedOn;
		this.countersignedBy = officer;
		this.countersignedAt = now;
		this.status = AgreementStatus.SIGNED;
	}

	AgreementStatus status() {
		return status;
	}

	UUID signedCopyDocumentId() {
		return signedCopyDocumentId;
	}

	LocalDate countersignedOn() {
		return countersignedOn;
	}

	GrantAgreementView view() {
		return new GrantAgreementView(dossierId, status, status.frenchLabel(), annualAmount, letterId,
				signedCopyDocumentId, beneficiarySignedAt, countersignedOn, countersignedBy, createdAt);
	}

}
