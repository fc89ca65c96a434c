package fr.metropolerouen.guichetess.finance;

import java.util.ArrayList;
import java.util.List;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.payment.PaymentOrders;
import fr.metropolerouen.guichetess.payment.PaymentOrders.PaymentOrderView;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidFileException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.shared.Table;
import org.springframework.stereotype.Component;

/**
 * The exchange with the finance software: the payment orders waiting to be paid, as a table to import there, and the
 * payments it reports back, each line recorded on its own so that one bad line does not hold the others.
 */
@Component
class PaymentOrderFiles {

	private final PaymentOrders orders;

	private final Organisations organisations;

	private final SchemeCatalogue schemes;

	PaymentOrderFiles(PaymentOrders orders, Organisations organisations, SchemeCatalogue schemes) {
		this.orders = orders;
		this.organisations = organisations;
		this.schemes = schemes;
	}

	/** What became of one line of a payment file. */
	record LineOutcome(int line, String orderReference, String outcome, String message) {
	}

	record PaymentFileReport(int paid, int alreadyPaid, int errors, List<LineOutcome> lines) {
	}

	Table table(boolean paid) {
		List<List<Object>> rows = new ArrayList<>();
		for (PaymentOrderView order : orders.list(paid)) {
			OrganisationView beneficiary = organisations.get(order.organisationId());
			rows.add(List.of(order.orderReference(), order.dossierReference(), schemes.name(order.scheme()),
					beneficiary.name(), beneficiary.siret(), order.kind().frenchLabel(),
					order.leaseYear() == null ? "" : order.leaseYear(), order.amount(), order.orderedAt()));
		}
		return new Table(paid ? "mandats-payes" : "mandats-a-payer", List.of(Table.Column.text("reference_mandat"),
				Table.Column.text("dossier"), Table.Column.text("dispositif"), Table.Column.text("beneficiaire"),
				Table.Column.text("siret"), Table.Column.text("nature_versement"), Table.Column.integer("annee_de_bail"),
				Table.Column.amount("montant"), Table.Column.timestamp("date_mandat")), rows);
	}

	PaymentFileReport importPayments(String fileName, byte[] content, Actor finance) {
		PaymentFile.Parsed parsed = PaymentFile.parse(content);
		if (!parsed.fileErrors().isEmpty()) {
			throw new InvalidFileException("Le fichier « " + fileName + " » ne peut pas être lu.", parsed.fileErrors());
		}
		List<LineOutcome> outcomes = parsed.lines().stream().map(line -> record(line, finance)).toList();
		return new PaymentFileReport(count(outcomes, "PAID"), count(outcomes, "ALREADY_PAID"),
				count(outcomes, "ERROR"), outcomes);
	}

	private LineOutcome record(PaymentFile.Line line, Actor finance) {
		if (line.error() != null) {
			return new LineOutcome(line.number(), line.orderReference(), "ERROR", line.error());
		}
		try {
			PaymentOrders.Recorded recorded = orders.recordPayment(line.orderReference(), line.paidOn(),
					line.paymentReference(), line.amount(), finance);
			return new LineOutcome(line.number(), line.orderReference(), recorded.name(),
					recorded == PaymentOrders.Recorded.PAID ? "paiement enregistré" : "paiement déjà enregistré");
		}
		catch (InvalidRequestException invalid) {
			return new LineOutcome(line.number(), line.orderReference(), "ERROR", String.join(" ; ", invalid.errors()
				.stream()
				.map(error -> error.field() + " " + error.message())
				.toList()));
		}
		catch (ConflictException | NotFoundException refused) {
			return new LineOutcome(line.number(), line.orderReference(), "ERROR", refused.getMessage());
		}
	}

	private static int count(List<LineOutcome> outcomes, String outcome) {
		return (int) outcomes.stream().filter(line -> line.outcome().equals(outcome)).count();
	}

}
