package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import fr.metropolerouen.guichetess.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/committee-sessions")
@Tag(name = "Bureau métropolitain")
class CommitteeController {

	private final CommitteeSessions sessions;

	private final SessionDecisions decisions;

	private final SessionClosing closing;

	private final CurrentActor currentActor;

	CommitteeController(CommitteeSessions sessions, SessionDecisions decisions, SessionClosing closing,
			CurrentActor currentActor) {
		this.sessions = sessions;
		this.decisions = decisions;
		this.closing = closing;
		this.currentActor = currentActor;
	}

	@PostMapping
	@Operation(summary = "Créer une séance, avec les membres convoqués",
			description = "Les dossiers ajournés par une séance close et inscrits nulle part depuis sont mis à son "
					+ "ordre du jour.")
	ResponseEntity<SessionView> create(@Valid @RequestBody CreateSessionRequest request) {
		SessionView session = sessions.create(request.body() == null ? CommitteeBody.BUREAU_METROPOLITAIN
				: request.body(), request.date(), request.title(), members(request.members()), currentActor.get());
		return ResponseEntity.created(URI.create("/api/committee-sessions/" + session.id())).body(session);
	}

	@GetMapping
	@Operation(summary = "Les séances, de la plus récente à la plus ancienne")
	List<SessionView> list() {
		return sessions.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Une séance : ordre du jour, décisions, membres, contrôle des enveloppes")
	SessionView get(@PathVariable UUID id) {
		return sessions.get(id);
	}

	@PutMapping("/{id}/members")
	@Operation(summary = "Remplacer la liste des membres convoqués, tant que la séance n'est pas tenue")
	SessionView members(@PathVariable UUID id, @Valid @RequestBody MembersRequest request) {
		return sessions.replaceMembers(id, members(request.members()));
	}

	@PostMapping("/{id}/agenda")
	@Operation(summary = "Inscrire des dossiers instruits à l'ordre du jour, dans l'ordre donné")
	SessionView agenda(@PathVariable UUID id, @Valid @RequestBody AgendaRequest request) {
		return sessions.addToAgenda(id, request.dossierIds(), currentActor.get());
	}

	@PostMapping("/{id}/agenda/fill")
	@Operation(summary = "Inscrire tous les dossiers instruits qui ne sont encore à aucun ordre du jour")
	SessionView fillAgenda(@PathVariable UUID id) {
		return sessions.fillAgenda(id, currentActor.get());
	}

	@PostMapping("/{id}/hold")
	@Operation(summary = "Ouvrir la séance : membres présents et quorum (plus de la moitié des membres convoqués)")
	SessionView hold(@PathVariable UUID id, @Valid @RequestBody HoldRequest request) {
		return sessions.hold(id, request.presentMemberIds(), currentActor.get());
	}

	@PostMapping("/{id}/conflicts")
	@Operation(summary = "Déclarer l'intérêt d'un membre dans un dossier : il ne prend pas part à sa délibération")
	SessionView conflict(@PathVariable UUID id, @Valid @RequestBody ConflictRequest request) {
		return sessions.declareConflict(id, request.memberId(), request.dossierId(), request.statement(),
				currentActor.get());
	}

	@PostMapping("/{id}/decisions")
	@Operation(summary = "Enregistrer la décision du Bureau sur un dossier : accord (montant), refus (motifs), ajournement",
			description = "La décision prend effet à la clôture de la séance ; d'ici là elle peut être corrigée "
					+ "(correctionReason obligatoire), chaque version étant conservée.")
	SessionView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
		return decisions.decide(id, request.dossierId(), request.outcome(), request.amount(), request.reasons(),
				request.correctionReason(), currentActor.get());
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Clore la séance : numéros de délibération, engagements, procès-verbal, puis courriers",
			description = "Toutes les décisions doivent être enregistrées. Si l'une ne peut prendre effet (enveloppe "
					+ "insuffisante), rien n'est fait et la séance reste ouverte.")
	SessionView close(@PathVariable UUID id) {
		return closing.close(id, currentActor.get());
	}

	@GetMapping("/{id}/minutes")
	@Operation(summary = "Le procès-verbal de la séance close (PDF)")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
		SessionView session = sessions.get(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("proces-verbal-" + session.date() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(sessions.minutes(id));
	}

	private static List<CommitteeSessions.NewMember> members(List<MemberRequest> members) {
		return members == null ? List.of()
				: members.stream().map(m -> new CommitteeSessions.NewMember(m.name(), m.title())).toList();
	}

	record CreateSessionRequest(@NotNull(message = "est obligatoire") @PlausibleDate LocalDate date,
			@NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères") String title,
			CommitteeBody body,
			@Size(max = 100, message = "ne peut pas compter plus de 100 membres") List<@Valid MemberRequest> members) {
	}

	record MemberRequest(
			@NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères") String name,
			@Size(max = 200, message = "ne doit pas dépasser 200 caractères") String title) {
	}

	record MembersRequest(@NotNull(message = "est obligatoire")
	@Size(max = 100, message = "ne peut pas compter plus de 100 membres") List<@Valid MemberRequest> members) {
	}

	record AgendaRequest(@NotEmpty(message = "doit contenir au moins un dossier")
	@Size(max = 200, message = "ne peut pas dépasser 200 dossiers") List<@NotNull UUID> dossierIds) {
	}

	record HoldRequest(@NotNull(message = "est obligatoire")
	@Size(max = 100, message = "ne peut pas compter plus de 100 membres") List<@NotNull UUID> presentMemberIds) {
	}

	record ConflictRequest(@NotNull(message = "est obligatoire") UUID memberId,
			@NotNull(message = "est obligatoire") UUID dossierId,
			@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères") String statement) {
	}

	record DecisionRequest(@NotNull(message = "est obligatoire") UUID dossierId,
			@NotNull(message = "est obligatoire") DecisionOutcome outcome, @EuroAmount BigDecimal amount,
			@Size(max = 4000, message = "ne doivent pas dépasser 4000 caractères") String reasons,
			@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères") String correctionReason) {
	}

}
