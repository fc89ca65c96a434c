package fr.metropolerouen.guichetess.finance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.DossierLabel;
import fr.metropolerouen.guichetess.envelope.LedgerEntryView;
import fr.metropolerouen.guichetess.shared.Table;
import org.springframework.stereotype.Component;

/** Adds to ledger entries the reference of their dossier and the name and SIRET of its beneficiary. */
@Component
class LedgerLines {

	private final DossierStatistics dossiers;

	private final Organisations organisations;

	LedgerLines(DossierStatistics dossiers, Organisations organisations) {
		this.dossiers = dossiers;
		this.organisations = organisations;
	}

	List<LedgerLine> of(List<LedgerEntryView> entries) {
		Map<UUID, DossierLabel> labels = dossiers
			.labels(entries.stream().map(LedgerEntryView::dossierId).filter(Objects::nonNull).distinct().toList());
		Map<UUID, OrganisationView> beneficiaries = organisations
			.getAll(labels.values().stream().map(DossierLabel::organisationId).distinct().toList());
		return entries.stream().map(entry -> {
			DossierLabel dossier = entry.dossierId() == null ? null : labels.get(entry.dossierId());
			OrganisationView beneficiary = dossier == null ? null : beneficiaries.get(dossier.organisationId());
			return new LedgerLine(entry.id(), entry.scheme(), entry.year(), entry.number(), entry.operationDate(),
					entry.kind(), entry.kind().frenchLabel(), entry.reason(), entry.amount(), entry.dossierId(),
					dossier == null ? null : dossier.reference(), beneficiary == null ? null : beneficiary.name(),
					beneficiary == null ? null : beneficiary.siret(), entry.deliberationReference(), entry.note(),
					entry.occurredAt(), entry.recordedBy(), entry.availableAfter(), entry.remainingToPayAfter());
		}).toList();
	}

	static Table table(List<LedgerLine> lines) {
		List<Table.Column> columns = List.of(Table.Column.text("dispositif"), Table.Column.integer("exercice"),
				Table.Column.integer("numero_ecriture"), Table.Column.date("date_operation"), Table.Column.text("nature"),
				Table.Column.text("nature_libelle"), Table.Column.text("motif"), Table.Column.amount("montant"),
				Table.Column.text("dossier"), Table.Column.text("beneficiaire"), Table.Column.text("siret"),
				Table.Column.text("reference_deliberation"), Table.Column.text("libelle"),
				Table.Column.timestamp("enregistre_le"), Table.Column.text("enregistre_par"),
				Table.Column.amount("disponible_apres"), Table.Column.amount("reste_a_payer_apres"));
		List<List<Object>> rows = lines.stream()
			.map(line -> java.util.Arrays.<Object>asList(line.scheme().name(), line.year(), line.number(),
					line.operationDate(), line.kind().name(), line.kindLabel(),
					line.reason() == null ? null : line.reason().frenchLabel(), line.amount(), line.dossierReference(),
					line.beneficiary(), line.siret(), line.deliberationReference(), line.note(), line.recordedAt(),
					line.recordedBy(), line.availableAfter(), line.remainingToPayAfter()))
			.toList();
		return new Table("grand-livre", columns, rows);
	}

}
