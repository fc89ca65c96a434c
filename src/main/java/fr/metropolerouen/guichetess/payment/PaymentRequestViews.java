package fr.metropolerouen.guichetess.payment;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.dossier.DocumentView;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import org.springframework.stereotype.Component;

/** A request as the API shows it, with its proofs described: the officer sees what the claim rests on. */
@Component
class PaymentRequestViews {

	private final Dossiers dossiers;

	private final SchemeCatalogue schemes;

	PaymentRequestViews(Dossiers dossiers, SchemeCatalogue schemes) {
		this.dossiers = dossiers;
		this.schemes = schemes;
	}

	PaymentRequestView of(PaymentRequest request, DossierSnapshot dossier) {
		Map<UUID, DocumentView> documents = dossiers.documents(dossier.id())
			.stream()
			.collect(Collectors.toMap(DocumentView::id, Function.identity()));
		return request.view(dossier.reference(), request.proofDocumentIds()
			.stream()
			.map(documents::get)
			.filter(Objects::nonNull)
			.map(document -> new PaymentRequestView.Proof(document.id(), document.type(),
					schemes.documentLabel(dossier.scheme(), document.type()).orElse(document.type()),
					document.fileName(), "/api/dossiers/" + dossier.id() + "/documents/" + document.id()))
			.toList());
	}

}
