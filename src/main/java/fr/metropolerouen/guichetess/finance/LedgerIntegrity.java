package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.GrantedDossier;
import fr.metropolerouen.guichetess.envelope.EntryKind;
import fr.metropolerouen.guichetess.envelope.LedgerAudit;
import fr.metropolerouen.guichetess.envelope.LedgerEntryView;
import fr.metropolerouen.guichetess.envelope.LedgerFilter;
import fr.metropolerouen.guichetess.envelope.LedgerSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proof that the figures can be trusted: each envelope's figures equal the sums of its entries, and engagements
 * and grants match one to one, with the same amount.
 */
@Service
@Transactional(readOnly = true)
class LedgerIntegrity {

	private final LedgerAudit audit;

	private final LedgerSearch search;

	private final DossierStatistics dossiers;

	LedgerIntegrity(LedgerAudit audit, LedgerSearch search, DossierStatistics dossiers) {
		this.audit = audit;
		this.search = search;
		this.dossiers = dossiers;
	}

	IntegrityReport verify() {
		List<LedgerAudit.EnvelopeCheck> envelopes = audit.verify();
		Map<UUID, LedgerEntryView> engagements = search
			.all(new LedgerFilter(null, null, null, EntryKind.ENGAGEMENT, null, null))
			.stream()
			.collect(Collectors.toMap(LedgerEntryView::dossierId, Function.identity()));
		Map<UUID, GrantedDossier> grants = dossiers.grantedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31))
			.stream()
			.collect(Collectors.toMap(GrantedDossier::id, Function.identity()));
		List<String> problems = new ArrayList<>();
		grants.values().forEach(grant -> {
			LedgerEntryView engagement = engagements.get(grant.id());
			if (engagement == null) {
				problems.add(grant.reference() + " : aide accordée sans engagement.");
			}
			else if (engagement.amount().compareTo(grant.grantedAmount()) != 0) {
				problems.add(grant.reference() + " : engagement de " + engagement.amount() + " € pour une aide de "
						+ grant.grantedAmount() + " €.");
			}
		});
		engagements.keySet()
			.stream()
			.filter(dossierId -> !grants.containsKey(dossierId))
			.forEach(dossierId -> problems.add("Engagement sans aide accordée (dossier " + dossierId + ")."));
		envelopes.stream()
			.filter(check -> !check.balanced())
			.forEach(check -> problems.add("Enveloppe " + check.scheme() + " " + check.year()
					+ " : les montants affichés diffèrent de la somme de ses écritures."));
		BigDecimal engaged = engagements.values().stream().map(LedgerEntryView::amount).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		return new IntegrityReport(problems.isEmpty(), envelopes, grants.size(), engagements.size(), engaged, problems);
	}

	/**
	 * @param grants dossiers granted, whatever happened to them since
	 * @param engagements engagement entries of the ledger
	 * @param problems in French, empty when everything matches
	 */
	record IntegrityReport(boolean consistent, List<LedgerAudit.EnvelopeCheck> envelopes, int grants,
			int engagements, BigDecimal engagedInTotal, List<String> problems) {
	}

}
