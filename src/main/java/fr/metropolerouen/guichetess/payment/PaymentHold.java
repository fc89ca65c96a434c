package fr.metropolerouen.guichetess.payment;

import java.util.Optional;
import java.util.UUID;

/**
 * Something that holds a dossier's payments back for a while (a withdrawal procedure in progress, for instance),
 * implemented by the module that knows it: while a hold gives a reason, no claim, liquidation or payment order moves.
 */
public interface PaymentHold {

	/** Why the dossier's payments are held, in French, or empty when they are not. */
	Optional<String> reasonToHold(UUID dossierId);

}
