package fr.metropolerouen.guichetess.applicant;

import fr.metropolerouen.guichetess.account.Accounts;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The applicant's organisation as registered, and the accounts that act for it. */
@PageController
class OrganisationPage {

	private final Organisations organisations;

	private final Accounts accounts;

	private final CurrentActor currentActor;

	OrganisationPage(Organisations organisations, Accounts accounts, CurrentActor currentActor) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.currentActor = currentActor;
	}

	@GetMapping("/espace/structure")
	String organisation(Model model) {
		var organisationId = currentActor.get().organisationId();
		if (organisationId == null) {
			throw new NotFoundException("Votre compte n'est rattaché à aucune structure.");
		}
		model.addAttribute("organisation", organisations.get(organisationId));
		model.addAttribute("members", accounts.membersOf(organisationId));
		return "applicant/organisation";
	}

}
