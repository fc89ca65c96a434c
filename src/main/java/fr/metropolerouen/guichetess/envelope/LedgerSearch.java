package fr.metropolerouen.guichetess.envelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.shared.PageResponse;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads ledger entries across envelopes, in the order they were recorded. */
@Service
@Transactional(readOnly = true)
public class LedgerSearch {

	/** The order entries were recorded in: on one envelope, that of their numbers. */
	private static final Sort LEDGER_ORDER = Sort.by("recordedAt", "envelopeId", "number");

	private final EnvelopeRepository envelopes;

	private final LedgerEntryRepository entries;

	LedgerSearch(EnvelopeRepository envelopes, LedgerEntryRepository entries) {
		this.envelopes = envelopes;
		this.entries = entries;
	}

	public PageResponse<LedgerEntryView> page(LedgerFilter filter, int page, int size) {
		Map<UUID, Envelope> byId = envelopesById();
		return PageResponse.of(entries.findAll(matching(filter, byId), PageRequest.of(page, size, LEDGER_ORDER)),
				entry -> entry.view(byId.get(entry.envelopeId())));
	}

	public List<LedgerEntryView> all(LedgerFilter filter) {
		Map<UUID, Envelope> byId = envelopesById();
		return entries.findAll(matching(filter, byId), LEDGER_ORDER)
			.stream()
			.map(entry -> entry.view(byId.get(entry.envelopeId())))
			.toList();
	}

	public List<LedgerEntryView> ofDossier(UUID dossierId) {
		Map<UUID, Envelope> byId = envelopesById();
		return entries.findByDossierIdOrderByDossierNumber(dossierId)
			.stream()
			.map(entry -> entry.view(byId.get(entry.envelopeId())))
			.toList();
	}

	private Map<UUID, Envelope> envelopesById() {
		return envelopes.findAll().stream().collect(Collectors.toMap(Envelope::id, Function.identity()));
	}

	private static Specification<LedgerEntry> matching(LedgerFilter filter, Map<UUID, Envelope> envelopes) {
		List<UUID> envelopeIds = envelopes.values()
			.stream()
			.filter(e -> filter.scheme() == null || e.scheme() == filter.scheme())
			.filter(e -> filter.year() == null || e.year() == filter.year())
			.map(Envelope::id)
			.toList();
		return (entry, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.scheme() != null || filter.year() != null) {
				predicates.add(envelopeIds.isEmpty() ? builder.disjunction() : entry.get("envelopeId").in(envelopeIds));
			}
			if (filter.dossierId() != null) {
				predicates.add(builder.equal(entry.get("dossierId"), filter.dossierId()));
			}
			if (filter.kind() != null) {
				predicates.add(builder.equal(entry.get("kind"), filter.kind()));
			}
			if (filter.from() != null) {
				predicates.add(builder.greaterThanOrEqualTo(entry.get("operationDate"), filter.from()));
			}
			if (filter.to() != null) {
				predicates.add(builder.lessThanOrEqualTo(entry.get("operationDate"), filter.to()));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
