package fr.metropolerouen.guichetess.applicant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A legal entity applying for aid, identified by the SIRET of the establishment concerned. */
@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String siret;

	@Column(nullable = false)
	private String name;

	@Column(name = "legal_form_code", nullable = false)
	private String legalFormCode;

	@Column(name = "commune_insee_code", nullable = false)
	private String communeInseeCode;

	@Column(nullable = false)
	private String address;

	@Column(nullable = false)
	private int employees;

	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	@Column(name = "esus_approved", nullable = false)
	private boolean esusApproved;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Organisation() {
	}

	Organisation(OrganisationDetails details, String contactEmail, Instant now) {
		this.id = UUID.randomUUID();
		this.siret = details.siret();
		this.name = details.name().strip();
		this.legalFormCode = details.legalFormCode();
		this.communeInseeCode = details.communeInseeCode();
		this.address = details.address().strip();
		this.employees = details.employees();
		this.contactEmail = contactEmail;
		this.esusApproved = details.isEsusApproved();
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	OrganisationView view() {
		return new OrganisationView(id, siret, name, legalFormCode, communeInseeCode, address, employees,
				contactEmail, esusApproved);
	}

}
