package fr.metropolerouen.guichetess.applicant;

import fr.metropolerouen.guichetess.shared.InseeCommuneCode;
import fr.metropolerouen.guichetess.shared.ValidSiret;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The sign-up form: the first account and the organisation, with the API's checks and French messages. */
public class SignUpForm {

	@NotBlank(message = "est obligatoire")
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}",
			message = "doit compter 3 à 40 caractères : minuscules, chiffres, point, tiret")
	private String username;

	@NotBlank(message = "est obligatoire")
	@Size(min = 12, max = 128, message = "doit compter entre 12 et 128 caractères")
	private String password;

	@NotBlank(message = "est obligatoire")
	@Email(message = "n'est pas une adresse électronique valide")
	@Size(max = 254, message = "est trop longue")
	private String email;

	@NotBlank(message = "est obligatoire")
	@ValidSiret
	private String siret;

	@NotBlank(message = "est obligatoire")
	@Size(max = 200, message = "ne doit pas dépasser 200 caractères")
	private String name;

	@NotBlank(message = "est obligatoire")
	@Pattern(regexp = "\\d{4}", message = "doit être un code de catégorie juridique INSEE à 4 chiffres")
	private String legalFormCode;

	@NotBlank(message = "est obligatoire")
	@InseeCommuneCode
	private String communeInseeCode;

	@NotBlank(message = "est obligatoire")
	@Size(max = 500, message = "ne doit pas dépasser 500 caractères")
	private String address;

	@NotBlank(message = "est obligatoire")
	@Pattern(regexp = "\\d{1,7}", message = "doit être un nombre entier positif ou nul")
	private String employees;

	private boolean esusApproved;

	OrganisationDetails organisation() {
		return new OrganisationDetails(siret, name, legalFormCode, communeInseeCode, address,
				Integer.valueOf(employees), esusApproved);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getSiret() {
		return siret;
	}

	/** Spaces typed between the digit groups ("123 456 789 00012") are dropped. */
	public void setSiret(String siret) {
		this.siret = siret == null ? null : siret.replaceAll("[\\s\\u00A0]", "");
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLegalFormCode() {
		return legalFormCode;
	}

	public void setLegalFormCode(String legalFormCode) {
		this.legalFormCode = legalFormCode == null ? null : legalFormCode.strip();
	}

	public String getCommuneInseeCode() {
		return communeInseeCode;
	}

	public void setCommuneInseeCode(String communeInseeCode) {
		this.communeInseeCode = communeInseeCode == null ? null : communeInseeCode.strip().toUpperCase();
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getEmployees() {
		return employees;
	}

	public void setEmployees(String employees) {
		this.employees = employees == null ? null : employees.strip();
	}

	public boolean isEsusApproved() {
		return esusApproved;
	}

	public void setEsusApproved(boolean esusApproved) {
		this.esusApproved = esusApproved;
	}

}
