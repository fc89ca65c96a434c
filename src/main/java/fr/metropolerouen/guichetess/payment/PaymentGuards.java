package fr.metropolerouen.guichetess.payment;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import org.springframework.stereotype.Component;

/** Asks every {@link PaymentHold} before money moves on a dossier. */
@Component
class PaymentGuards {

	private final List<PaymentHold> holds;

	PaymentGuards(List<PaymentHold> holds) {
		this.holds = holds;
	}

	void requirePaymentsOpen(UUID dossierId) {
		holds.stream().flatMap(hold -> hold.reasonToHold(dossierId).stream()).findFirst().ifPresent(reason -> {
			throw new ConflictException(reason);
		});
	}

}
