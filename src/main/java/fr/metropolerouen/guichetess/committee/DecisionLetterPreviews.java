package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letter a dossier waiting for the Bureau would receive, from the decision recorded on the agenda of a
 * session not closed yet, or from the officer's proposal while none is recorded: rendered for the officer and the
 * secretary to read before the closing, marked as a draft, never stored nor sent.
 */
@Service
@Transactional(readOnly = true)
class DecisionLetterPreviews {

	private final Dossiers dossiers;

	private final AgendaItemRepository items;

	private final CommitteeSessionRepository sessions;

	private final Letters letters;

	DecisionLetterPreviews(Dossiers dossiers, AgendaItemRepository items, CommitteeSessionRepository sessions,
			Letters letters) {
		this.dossiers = dossiers;
		this.items = items;
		this.sessions = sessions;
		this.letters = letters;
	}

	byte[] preview(UUID dossierId, LetterKind kind, Actor reader) {
		if (kind != LetterKind.GRANT_DECISION && kind != LetterKind.REFUSAL_DECISION) {
			throw new InvalidRequestException("Seules les décisions du Bureau métropolitain peuvent être prévisualisées.",
					List.of(new FieldError("kind", "doit valoir GRANT_DECISION ou REFUSAL_DECISION")));
		}
		DossierSnapshot dossier = dossiers.getVisible(dossierId, reader);
		if (dossier.status() != DossierStatus.AWAITING_COMMITTEE) {
			throw new ConflictException("Ce dossier n'attend pas la décision du Bureau métropolitain : le projet de "
					+ "courrier de décision ne peut pas être affiché.");
		}
		Optional<AgendaItem> item = items.findOnOpenSession(dossierId).stream().findFirst();
		DecisionOutcome recorded = item.map(AgendaItem::outcome).orElse(null);
		DecisionOutcome previewed = kind == LetterKind.GRANT_DECISION ? DecisionOutcome.GRANTED : DecisionOutcome.REFUSED;
		if (recorded != null && recorded != previewed) {
			throw new ConflictException("La décision enregistrée en séance sur ce dossier est « "
					+ outcomeLabel(recorded) + " » : ce courrier ne lui correspond pas.");
		}
		Map<String, Object> values = new HashMap<>();
		item.flatMap(i -> sessions.findById(i.sessionId()))
			.ifPresent(session -> values.put("decisionDate", FrenchFormat.longDate(session.date()).replace(' ', '\u00A0')));
		if (kind == LetterKind.GRANT_DECISION) {
			BigDecimal amount = recorded != null ? item.get().amount() : dossier.proposedAmount();
			values.put("grantedAmount", amount == null ? null : FrenchFormat.euros(amount));
		}
		else {
			values.put("decisionReasons", recorded != null ? item.get().reasons()
					: "(motifs à arrêter par le Bureau métropolitain)");
		}
		return letters.preview(dossierId, kind, values);
	}

	private static String outcomeLabel(DecisionOutcome outcome) {
		return switch (outcome) {
			case GRANTED -> "aide accordée";
			case REFUSED -> "aide refusée";
			case DEFERRED -> "décision ajournée";
		};
	}

}
