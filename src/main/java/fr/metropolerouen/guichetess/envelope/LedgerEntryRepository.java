package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, UUID>, JpaSpecificationExecutor<LedgerEntry> {

	Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey);

	/** The envelope's last entry: its totals are the envelope's figures. */
	Optional<LedgerEntry> findFirstByEnvelopeIdOrderByNumberDesc(UUID envelopeId);

	/** The dossier's last entry: its dossier totals are the dossier's money. */
	Optional<LedgerEntry> findFirstByDossierIdOrderByDossierNumberDesc(UUID dossierId);

	List<LedgerEntry> findByEnvelopeIdOrderByNumber(UUID envelopeId);

	List<LedgerEntry> findByEnvelopeIdAndKind(UUID envelopeId, EntryKind kind);

	List<LedgerEntry> findByDossierIdOrderByDossierNumber(UUID dossierId);

	/** The last entry of each of these dossiers that has one. */
	@Query("""
			select e from LedgerEntry e where e.dossierId in :dossierIds and e.dossierNumber = (select
				max(last.dossierNumber) from LedgerEntry last where last.dossierId = e.dossierId)""")
	List<LedgerEntry> lastOfDossiers(Collection<UUID> dossierIds);

	/** The movements of each dossier of an envelope, summed per dossier, kind and year of operation. */
	@Query("""
			select new fr.metropolerouen.guichetess.envelope.LedgerEntryRepository$YearlySum(
				e.dossierId, e.kind, extract(year from e.operationDate), sum(e.amount))
			from LedgerEntry e where e.envelopeId = :envelopeId and e.dossierId is not null
			group by e.dossierId, e.kind, extract(year from e.operationDate)""")
	List<YearlySum> yearlySumsByDossier(UUID envelopeId);

	/** Sums per envelope and kind, recomputed from every entry: what the running totals are checked against. */
	@Query("""
			select new fr.metropolerouen.guichetess.envelope.LedgerEntryRepository$KindSum(e.envelopeId, e.kind,
				sum(e.amount), count(e), max(e.number))
			from LedgerEntry e group by e.envelopeId, e.kind""")
	List<KindSum> sumsByEnvelopeAndKind();

	record YearlySum(UUID dossierId, EntryKind kind, Integer year, BigDecimal amount) {
	}

	record KindSum(UUID envelopeId, EntryKind kind, BigDecimal amount, Long entries, Integer lastNumber) {
	}

}
