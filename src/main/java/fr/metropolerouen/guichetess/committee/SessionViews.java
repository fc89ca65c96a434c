package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.EnvelopeView;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a session looks like to staff: its agenda with the dossiers as presented and the decisions recorded, its
 * members, and, until it closes, what its agenda would take from each envelope beside the other open sessions.
 */
@Component
@Transactional(readOnly = true)
class SessionViews {

	private final AgendaItemRepository items;

	private final SessionMemberRepository members;

	private final AgendaConflictRepository conflicts;

	private final AgendaDecisionRepository decisions;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final EnvelopeLedger ledger;

	private final SchemeCatalogue schemes;

	SessionViews(AgendaItemRepository items, SessionMemberRepository members, AgendaConflictRepository conflicts,
			AgendaDecisionRepository decisions, Dossiers dossiers, Organisations organisations, EnvelopeLedger ledger,
			SchemeCatalogue schemes) {
		this.items = items;
		this.members = members;
		this.conflicts = conflicts;
		this.decisions = decisions;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.ledger = ledger;
		this.schemes = schemes;
	}

	SessionView of(CommitteeSession session) {
		List<AgendaItem> agenda = items.findBySessionIdOrderByPosition(session.id());
		List<SessionMember> convened = members.findBySessionIdOrderByPosition(session.id());
		Map<UUID, SessionMember> byId = convened.stream()
			.collect(Collectors.toMap(SessionMember::id, Function.identity()));
		List<UUID> itemIds = agenda.stream().map(AgendaItem::id).toList();
		Map<UUID, List<SessionView.Conflict>> conflictsByItem = conflicts.findByItemIdIn(itemIds)
			.stream()
			.collect(Collectors.groupingBy(AgendaConflict::itemId, Collectors.mapping(
					c -> new SessionView.Conflict(c.memberId(), byId.get(c.memberId()).name(), c.statement()),
					Collectors.toList())));
		Map<UUID, List<SessionView.RecordedDecision>> history = decisions.findByItemIdInOrderByRecordedAt(itemIds)
			.stream()
			.collect(Collectors.groupingBy(AgendaDecision::itemId,
					Collectors.mapping(AgendaDecision::view, Collectors.toList())));
		List<SessionView.Item> lines = new ArrayList<>();
		Map<UUID, DossierSnapshot> dossiersById = new java.util.HashMap<>();
		for (AgendaItem item : agenda) {
			DossierSnapshot dossier = dossiers.get(item.dossierId());
			dossiersById.put(dossier.id(), dossier);
			lines.add(new SessionView.Item(item.position(), dossier.id(), dossier.reference(), dossier.scheme(),
					organisations.get(dossier.organisationId()).name(), dossier.data().projectTitle(),
					dossier.data().requestedAmount(), dossier.proposedAmount(), dossier.opinion(), dossier.status(),
					item.outcome(), item.amount(), item.reasons(), item.decidedAt(), item.decidedBy(),
					item.deliberationNumber(), conflictsByItem.getOrDefault(item.id(), List.of()),
					history.getOrDefault(item.id(), List.of())));
		}
		List<SessionView.EnvelopeCheck> checks = session.status() == SessionStatus.CLOSED ? List.of()
				: envelopeChecks(session, agenda, dossiersById);
		return new SessionView(session.id(), session.date(), session.title(), session.createdAt(),
				session.createdBy(), lines, session.body(), session.body().frenchName(), session.status(),
				session.status().frenchLabel(), session.quorumReached(), session.heldAt(), session.closedAt(),
				session.closedBy(), convened.stream().map(SessionMember::view).toList(), checks,
				session.minutesSha256() != null);
	}

	/**
	 * Per scheme on the agenda: the grants recorded here and the proposals not decided yet, against the envelope's
	 * available amount less the grants recorded in the other sessions not closed.
	 */
	private List<SessionView.EnvelopeCheck> envelopeChecks(CommitteeSession session, List<AgendaItem> agenda,
			Map<UUID, DossierSnapshot> dossiers) {
		Map<AidScheme, BigDecimal> proposed = new EnumMap<>(AidScheme.class);
		for (AgendaItem item : agenda) {
			BigDecimal amount = item.outcome() == null ? Money.orZero(dossiers.get(item.dossierId()).proposedAmount())
					: item.outcome() == DecisionOutcome.GRANTED ? item.amount() : Money.ZERO;
			proposed.merge(item.scheme(), amount, BigDecimal::add);
		}
		int year = session.date().getYear();
		List<SessionView.EnvelopeCheck> checks = new ArrayList<>();
		proposed.forEach((scheme, here) -> {
			Optional<EnvelopeView> envelope = ledger.find(scheme, year);
			BigDecimal available = envelope.map(EnvelopeView::available).orElse(Money.ZERO);
			BigDecimal elsewhere = items.grantedInOtherOpenSessions(scheme, year, session.id());
			BigDecimal margin = available.subtract(elsewhere).subtract(here);
			boolean overCommitted = margin.signum() < 0;
			String warning = !envelope.isPresent()
					? "Aucune enveloppe " + schemes.name(scheme) + " n'est ouverte pour " + year
							+ " : aucune aide ne pourra être accordée."
					: overCommitted ? "L'ordre du jour propose " + FrenchFormat.euros(here) + " alors que l'enveloppe "
							+ schemes.name(scheme) + " " + year + " ne dispose que de "
							+ FrenchFormat.euros(available.subtract(elsewhere)) + " : il manque "
							+ FrenchFormat.euros(margin.negate()) + "." : null;
			checks.add(new SessionView.EnvelopeCheck(scheme, schemes.name(scheme), year, envelope.isPresent(),
					available, elsewhere, here, margin, overCommitted || envelope.isEmpty(), warning));
		});
		return checks;
	}

}
