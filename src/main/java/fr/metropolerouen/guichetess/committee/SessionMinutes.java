package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.letter.PdfDocuments;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Writes the minutes (procès-verbal) of a closing session: who was present, the quorum, and each item in agenda
 * order with its deliberation number, its decision and the members who took no part in it.
 */
@Component
class SessionMinutes {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FrenchFormat.FRENCH)
		.withZone(FrenchFormat.ZONE);

	private final SessionMemberRepository members;

	private final AgendaConflictRepository conflicts;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final SchemeCatalogue schemes;

	private final PdfDocuments documents;

	private final Clock clock;

	SessionMinutes(SessionMemberRepository members, AgendaConflictRepository conflicts, Dossiers dossiers,
			Organisations organisations, SchemeCatalogue schemes, PdfDocuments documents, Clock clock) {
		this.members = members;
		this.conflicts = conflicts;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.schemes = schemes;
		this.documents = documents;
		this.clock = clock;
	}

	byte[] write(CommitteeSession session, List<AgendaItem> agenda, Actor secretary) {
		List<SessionMember> convened = members.findBySessionIdOrderByPosition(session.id());
		Map<UUID, SessionMember> byId = convened.stream()
			.collect(Collectors.toMap(SessionMember::id, Function.identity()));
		Map<UUID, List<String>> notTakingPart = conflicts
			.findByItemIdIn(agenda.stream().map(AgendaItem::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AgendaConflict::itemId,
					Collectors.mapping(conflict -> byId.get(conflict.memberId()).name(), Collectors.toList())));
		Map<String, Object> model = new HashMap<>();
		model.put("title", "Procès-verbal – " + session.body().frenchName() + " du "
				+ FrenchFormat.longDate(session.date()));
		model.put("bodyName", session.body().frenchName());
		model.put("sessionDate", FrenchFormat.longDate(session.date()));
		model.put("sessionTitle", session.title());
		model.put("presenceRecorded", session.quorumReached() != null);
		model.put("quorumReached", Boolean.TRUE.equals(session.quorumReached()));
		model.put("memberCount", convened.size());
		model.put("presentCount", convened.stream().filter(SessionMember::isPresent).count());
		model.put("presentMembers", convened.stream().filter(SessionMember::isPresent).map(SessionMinutes::label).toList());
		model.put("absentMembers", convened.stream().filter(m -> !m.isPresent()).map(SessionMinutes::label).toList());
		List<Map<String, Object>> lines = new ArrayList<>();
		BigDecimal granted = Money.ZERO;
		for (AgendaItem item : agenda) {
			lines.add(line(item, notTakingPart.getOrDefault(item.id(), List.of())));
			if (item.outcome() == DecisionOutcome.GRANTED) {
				granted = granted.add(item.amount());
			}
		}
		model.put("items", lines);
		model.put("grantedCount", count(agenda, DecisionOutcome.GRANTED));
		model.put("refusedCount", count(agenda, DecisionOutcome.REFUSED));
		model.put("deferredCount", count(agenda, DecisionOutcome.DEFERRED));
		model.put("grantedAmount", FrenchFormat.euros(granted));
		model.put("closedAt", FrenchFormat.longDate(FrenchFormat.today(clock)) + " à " + TIME.format(clock.instant()));
		model.put("closedBy", secretary.username());
		return documents.committeeMinutes(model);
	}

	private Map<String, Object> line(AgendaItem item, List<String> notTakingPart) {
		DossierSnapshot dossier = dossiers.get(item.dossierId());
		Map<String, Object> line = new HashMap<>();
		line.put("position", item.position());
		line.put("deliberationNumber", item.deliberationNumber());
		line.put("reference", dossier.reference());
		line.put("schemeName", schemes.name(dossier.scheme()));
		line.put("beneficiary", organisations.get(dossier.organisationId()).name());
		line.put("projectTitle", dossier.data().projectTitle());
		line.put("proposedAmount", dossier.proposedAmount() == null ? null : FrenchFormat.euros(dossier.proposedAmount()));
		line.put("outcomeLabel", switch (item.outcome()) {
			case GRANTED -> "Accordée";
			case REFUSED -> "Refusée";
			case DEFERRED -> "Ajournée";
		});
		line.put("amount", item.amount() == null ? null : FrenchFormat.euros(item.amount()));
		line.put("reasons", item.reasons());
		line.put("notTakingPart", notTakingPart);
		return line;
	}

	private static long count(List<AgendaItem> agenda, DecisionOutcome outcome) {
		return agenda.stream().filter(item -> item.outcome() == outcome).count();
	}

	private static String label(SessionMember member) {
		return member.title() == null ? member.name() : member.name() + " (" + member.title() + ")";
	}

}
