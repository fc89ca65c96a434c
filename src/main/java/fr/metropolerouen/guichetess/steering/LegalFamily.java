package fr.metropolerouen.guichetess.steering;

import java.util.Set;

/**
 * The statutory family of a beneficiary, from its INSEE legal form (catégorie juridique) as in RULES.md §4.3, the
 * table that the eligibility rules (Eligibility.dmn, "Appartenance à l'ESS") read too. A commercial company belongs to
 * the ESS by its statutes or its ESUS approval: the approval is what the Guichet knows, so it names the family.
 */
enum LegalFamily {

	ASSOCIATION("Associations"), FOUNDATION("Fondations"), MUTUAL("Mutuelles"),
	COOPERATIVE("Coopératives (SCOP, SCIC, autres)"), ESUS_COMPANY("Entreprises commerciales agréées ESUS"),
	COMMERCIAL_COMPANY("Sociétés commerciales de l'ESS (sans agrément ESUS)"), OTHER("Autres formes");

	private static final Set<String> ASSOCIATIONS = Set.of("9220", "9221", "9222", "9223", "9224", "9230", "9240",
			"9260");

	private static final Set<String> MUTUALS = Set.of("8210", "8250", "8290", "6411");

	private static final Set<String> COOPERATIVES = Set.of("5458", "5558", "5658", "5203", "5307", "5309", "5443",
			"5451", "5453", "5454", "5455", "5459", "5460", "5543", "5547", "5551", "5552", "5553", "5554", "5555",
			"5559", "5560", "5643", "5647", "5651", "5652", "5653", "5654", "5655", "5659", "5660", "6316", "6317",
			"6318", "6543", "6551", "6554", "6558", "6560", "5191", "5192", "5193", "5194", "5195", "5196", "6100",
			"6595", "6596");

	private final String frenchLabel;

	LegalFamily(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	String frenchLabel() {
		return frenchLabel;
	}

	static LegalFamily of(String legalFormCode, boolean esusApproved) {
		if (ASSOCIATIONS.contains(legalFormCode)) {
			return ASSOCIATION;
		}
		if ("9300".equals(legalFormCode)) {
			return FOUNDATION;
		}
		if (MUTUALS.contains(legalFormCode)) {
			return MUTUAL;
		}
		if (COOPERATIVES.contains(legalFormCode)) {
			return COOPERATIVE;
		}
		if (isCommercialCompany(legalFormCode)) {
			return esusApproved ? ESUS_COMPANY : COMMERCIAL_COMPANY;
		}
		return OTHER;
	}

	/** SARL, SA and SAS forms (INSEE 54xx, 55xx, 56xx, 57xx): what is left of them once the cooperatives are out. */
	private static boolean isCommercialCompany(String code) {
		return code != null && code.matches("5[4-7]\\d\\d");
	}

}
