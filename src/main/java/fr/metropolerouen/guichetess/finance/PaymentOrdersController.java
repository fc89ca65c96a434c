package fr.metropolerouen.guichetess.finance;

import java.util.List;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.payment.PaymentOrders;
import fr.metropolerouen.guichetess.payment.PaymentOrders.PaymentOrderView;
import fr.metropolerouen.guichetess.shared.TableExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Finances")
class PaymentOrdersController {

	private final PaymentOrders orders;

	private final PaymentOrderFiles files;

	private final CurrentActor currentActor;

	private final UploadedFiles uploadedFiles;

	PaymentOrdersController(PaymentOrders orders, PaymentOrderFiles files, CurrentActor currentActor,
			UploadedFiles uploadedFiles) {
		this.orders = orders;
		this.files = files;
		this.currentActor = currentActor;
		this.uploadedFiles = uploadedFiles;
	}

	@GetMapping("/api/finance/payment-orders")
	@Operation(summary = "Les mandats de paiement en attente de paiement (ou payés, avec paid=true)")
	List<PaymentOrderView> list(@RequestParam(defaultValue = "false") boolean paid) {
		return orders.list(paid);
	}

	@GetMapping("/api/finance/payment-orders.csv")
	@Operation(summary = "Exporter les mandats en attente de paiement (CSV pour le logiciel financier)",
			description = "Colonnes : reference_mandat;dossier;dispositif;beneficiaire;siret;nature_versement;"
					+ "annee_de_bail;montant;date_mandat. Séparateur point-virgule, décimales avec un point.")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "false") boolean paid) {
		return TableExports.csv(files.table(paid));
	}

	@PostMapping(path = "/api/finance/payment-orders/payments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Importer le fichier des paiements rendu par le logiciel financier",
			description = "Colonnes : reference_mandat;date_paiement;reference_paiement;montant. Chaque ligne est "
					+ "enregistrée seule : la réponse dit, ligne par ligne, PAID, ALREADY_PAID (déjà enregistré avec "
					+ "la même référence : rien n'est payé deux fois) ou ERROR avec le motif.")
	PaymentOrderFiles.PaymentFileReport importPayments(@RequestPart("file") MultipartFile file) {
		UploadedFiles.Table table = uploadedFiles.table(file, "paiements");
		return files.importPayments(table.name(), table.content(), currentActor.get());
	}

}
