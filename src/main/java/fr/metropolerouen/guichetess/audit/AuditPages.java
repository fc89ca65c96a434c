package fr.metropolerouen.guichetess.audit;

import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' audit page: the verification of the chain, run when the page opens. */
@PageController
class AuditPages {

	private final AuditVerification verification;

	AuditPages(AuditVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/admin/audit")
	String verification(Model model) {
		model.addAttribute("report", verification.verify());
		return "admin/audit";
	}

}
