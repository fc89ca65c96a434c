package fr.metropolerouen.guichetess.eligibility;

import fr.metropolerouen.guichetess.dossier.DossierForm;

/** The simulator's form: a project as the dossier wizard takes it, and the organisation that would apply. */
public class SimulationForm extends DossierForm {

	private String legalFormCode;

	private String employees;

	private boolean esusApproved;

	public String getLegalFormCode() {
		return legalFormCode;
	}

	public void setLegalFormCode(String legalFormCode) {
		this.legalFormCode = legalFormCode == null ? null : legalFormCode.strip();
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
