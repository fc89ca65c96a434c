package fr.metropolerouen.guichetess.audit;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The verification of the chain (administrators) and the entries of one subject (staff: see AuditAccessRules). */
@RestController
@Tag(name = "Piste d'audit")
class AuditController {

	private final AuditVerification verification;

	private final AuditEntries entries;

	AuditController(AuditVerification verification, AuditEntries entries) {
		this.verification = verification;
		this.entries = entries;
	}

	@GetMapping("/api/admin/audit/verification")
	@Operation(summary = "Vérifier la chaîne de la piste d'audit : entrées vérifiées, ou la première entrée altérée ou supprimée")
	VerificationReport verify() {
		return verification.verify();
	}

	@GetMapping("/api/admin/audit/entries")
	@Operation(summary = "Les entrées de la piste d'audit d'un objet (par exemple subjectType=ACCOUNT&subjectId=officer)")
	List<AuditEntryView> ofSubject(@RequestParam String subjectType, @RequestParam String subjectId) {
		return entries.ofSubject(subjectType, subjectId).stream().map(AuditEntryView::of).toList();
	}

	@GetMapping("/api/audit/dossiers/{dossierId}")
	@Operation(summary = "Les entrées de la piste d'audit d'un dossier, chaînées (agents)")
	List<AuditEntryView> ofDossier(@PathVariable UUID dossierId) {
		return entries.ofSubject(AuditSubjects.DOSSIER, dossierId.toString()).stream().map(AuditEntryView::of).toList();
	}

}
