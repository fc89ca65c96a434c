package fr.metropolerouen.guichetess.lapse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.shared.AmountInWords;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Component;

/**
 * The warning and the decision letters of a deadline, with what their templates say beyond every letter: the
 * deadline, its date, what had to be done, and for the decision the money released.
 */
@Component
class LapseLetters {

	private final Letters letters;

	LapseLetters(Letters letters) {
		this.letters = letters;
	}

	/** One warning per deadline and due date: an extended deadline is warned again before its new date. */
	void warn(DossierSnapshot dossier, GrantDeadline deadline) {
		letters.issue(dossier.id(), LetterKind.LAPSE_WARNING, deadline.kind() + "-" + deadline.dueOn(),
				details(dossier, deadline));
	}

	void notifyLapse(DossierSnapshot dossier, GrantDeadline deadline, DossierMoney money, BigDecimal released) {
		Map<String, Object> details = details(dossier, deadline);
		details.put("releasedAmount", FrenchFormat.euros(released));
		details.put("releasedAmountInWords", AmountInWords.euros(released));
		details.put("paidAmount", FrenchFormat.euros(money.paid()));
		details.put("paidAmountInWords", AmountInWords.euros(money.paid()));
		details.put("somethingPaid", money.paid().signum() > 0);
		letters.issue(dossier.id(), LetterKind.LAPSE_DECISION, deadline.kind().name(), details);
	}

	private static Map<String, Object> details(DossierSnapshot dossier, GrantDeadline deadline) {
		Map<String, Object> details = new HashMap<>();
		details.put("deadlineLabel", deadline.kind().frenchLabel());
		details.put("deadlineDueOn", unbreakable(deadline.dueOn()));
		details.put("deadlineWhatToDo", deadline.kind().whatToDo(dossier.scheme()));
		details.put("deadlineExtended", !deadline.dueOn().equals(deadline.originalDueOn()));
		details.put("deadlineOriginalDueOn", unbreakable(deadline.originalDueOn()));
		return details;
	}

	/** A date is never split across two lines of a letter. */
	private static String unbreakable(LocalDate date) {
		return FrenchFormat.longDate(date).replace(' ', '\u00A0');
	}

}
