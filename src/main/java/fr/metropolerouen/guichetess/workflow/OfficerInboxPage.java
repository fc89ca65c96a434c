package fr.metropolerouen.guichetess.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's inbox: the open tasks of {@code GET /api/tasks}, oldest first, with the dossier's scheme, organisation
 * and ageing (days since the submission, days left before the implicit rejection), filtered by a GET form.
 */
@PageController
class OfficerInboxPage {

	/** The ages a filter may ask for: tasks on dossiers submitted at least that many days ago. */
	static final List<Integer> AGES = List.of(7, 15, 30, 45);

	/** The deadlines a filter may ask for: implicit rejection within that many days (0: already passed). */
	static final List<Integer> DEADLINES = List.of(0, 7, 15, 30);

	private final OpenTasks openTasks;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final CurrentActor currentActor;

	private final Clock clock;

	OfficerInboxPage(OpenTasks openTasks, Dossiers dossiers, Organisations organisations, CurrentActor currentActor,
			Clock clock) {
		this.openTasks = openTasks;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/** A line of the inbox; the ages are null when they do not apply (no submission, dossier decided). */
	record InboxRow(TaskView task, String reference, AidScheme scheme, String organisationName, String projectTitle,
			LocalDate submissionDate, Long daysSinceSubmission, LocalDate implicitRejectionDate, Long daysLeft,
			String href) {
	}

	@GetMapping("/instruction")
	String inbox(@RequestParam(required = false) AidScheme scheme, @RequestParam(required = false) TaskKind step,
			@RequestParam(required = false) Integer age, @RequestParam(required = false) Integer deadline,
			Model model) {
		LocalDate today = FrenchFormat.today(clock);
		List<TaskView> tasks = openTasks.of(currentActor.get(), null);
		Map<UUID, DossierSnapshot> byId = new HashMap<>();
		List<InboxRow> rows = tasks.stream()
			.filter(task -> task.dossierId() != null)
			.map(task -> row(task, byId.computeIfAbsent(task.dossierId(), this::dossier), today))
			.filter(row -> row.scheme() != null)
			.toList();
		Map<UUID, String> names = new HashMap<>();
		organisations.getAll(byId.values().stream().map(DossierSnapshot::organisationId).distinct().toList())
			.forEach((id, organisation) -> names.put(id, organisation.name()));
		List<InboxRow> shown = rows.stream()
			.map(row -> new InboxRow(row.task(), row.reference(), row.scheme(),
					names.get(byId.get(row.task().dossierId()).organisationId()), row.projectTitle(),
					row.submissionDate(), row.daysSinceSubmission(), row.implicitRejectionDate(), row.daysLeft(),
					row.href()))
			.filter(row -> scheme == null || row.scheme() == scheme)
			.filter(row -> step == null || row.task().kind() == step)
			.filter(row -> age == null || row.daysSinceSubmission() != null && row.daysSinceSubmission() >= age)
			.filter(row -> deadline == null || row.daysLeft() != null && row.daysLeft() <= deadline)
			.sorted(Comparator.comparing((InboxRow row) -> row.task().createdAt()))
			.toList();
		model.addAttribute("rows", shown);
		model.addAttribute("total", rows.size());
		model.addAttribute("scheme", scheme);
		model.addAttribute("step", step);
		model.addAttribute("age", age);
		model.addAttribute("deadline", deadline);
		model.addAttribute("schemes", AidScheme.values());
		model.addAttribute("steps", TaskKind.values());
		model.addAttribute("ages", AGES);
		model.addAttribute("deadlines", DEADLINES);
		return "officer/inbox";
	}

	private DossierSnapshot dossier(UUID id) {
		try {
			return dossiers.getVisible(id, currentActor.get());
		}
		catch (NotFoundException gone) {
			return null;
		}
	}

	private static InboxRow row(TaskView task, DossierSnapshot dossier, LocalDate today) {
		if (dossier == null) {
			return new InboxRow(task, task.reference(), null, null, null, null, null, null, null, null);
		}
		LocalDate rejection = dossier.implicitRejectionDate();
		String href = task.kind() == TaskKind.SERVICE_DONE_CERTIFICATION && task.paymentRequestId() != null
				? "/instruction/versements/" + task.paymentRequestId() : "/instruction/dossiers/" + dossier.id();
		return new InboxRow(task, dossier.reference(), dossier.scheme(), null, dossier.data().projectTitle(),
				dossier.submissionDate(),
				dossier.submissionDate() == null ? null : ChronoUnit.DAYS.between(dossier.submissionDate(), today),
				rejection, rejection == null ? null : ChronoUnit.DAYS.between(today, rejection), href);
	}

}
