package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnvelopeEntryRepository extends JpaRepository<EnvelopeEntry, UUID> {

	boolean existsByIdempotencyKey(String idempotencyKey);

	Optional<EnvelopeEntry> findByIdempotencyKey(String idempotencyKey);

	List<EnvelopeEntry> findByEnvelopeIdOrderByOccurredAtAscIdAsc(UUID envelopeId);

	@Query("select coalesce(sum(e.amount), 0) from EnvelopeEntry e where e.envelopeId = :envelopeId and e.kind = :kind")
	BigDecimal total(UUID envelopeId, EntryKind kind);

	@Query("select coalesce(sum(e.amount), 0) from EnvelopeEntry e where e.dossierId = :dossierId and e.kind = :kind")
	BigDecimal totalForDossier(UUID dossierId, EntryKind kind);

}
