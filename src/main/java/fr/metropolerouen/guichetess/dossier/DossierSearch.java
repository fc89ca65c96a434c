package fr.metropolerouen.guichetess.dossier;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The dossier search: « renovation » finds « Rénovation », « ess-2026-00012 » finds the dossier of that reference,
 * « ressourcerie rouen » finds the dossiers whose reference, organisation name or project title have words starting
 * with each of those. Each dossier keeps its folded words (lower case, without accents, letters and digits only) in
 * {@code dossier_search_term}, indexed by word: a search reads the index for each word of the query, instead of
 * loading every dossier (it stays as fast with 100 000 dossiers as with 1 000, on H2 and PostgreSQL alike).
 * <p>
 * A word prefix is a range of the index: every folded word starting with « reno » lies between « reno » and « reno »
 * followed by more « z » than a word can have, whatever the database's collation, since words hold only [0-9a-z].
 */
final class DossierSearch {

	/** Longer words are cut: the column's size, and no one types more to find a dossier. */
	static final int MAX_WORD = 40;

	private static final String AFTER_EVERY_CONTINUATION = "z".repeat(MAX_WORD + 1);

	private DossierSearch() {
	}

	/** The distinct folded words of these texts, as stored for a dossier. */
	static Set<String> terms(String... texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			terms.addAll(words(text));
		}
		return terms;
	}

	/** The folded words of a text, in order: what a query is cut into too. */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			// œ, æ, ß are letters of their own: spelled out as people type them without the key
			.replace("œ", "oe")
			.replace("æ", "ae")
			.replace("ß", "ss");
		return Arrays.stream(folded.split("[^a-z0-9]+"))
			.filter(word -> !word.isEmpty())
			.map(word -> word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word)
			.distinct()
			.toList();
	}

	/**
	 * Dossiers having, for every word of the query, a word that starts with it; everything when the query has no
	 * word.
	 */
	static Specification<Dossier> matching(String query) {
		List<String> wanted = words(query);
		if (wanted.isEmpty()) {
			return Specification.unrestricted();
		}
		return (root, criteria, cb) -> {
			Predicate[] everyWord = wanted.stream().map(prefix -> {
				Subquery<UUID> having = criteria.subquery(UUID.class);
				Root<DossierSearchTerm> term = having.from(DossierSearchTerm.class);
				having.select(term.get("dossierId"))
					.where(cb.greaterThanOrEqualTo(term.get("term"), prefix),
							cb.lessThanOrEqualTo(term.get("term"), prefix + AFTER_EVERY_CONTINUATION));
				return root.get("id").in(having);
			}).toArray(Predicate[]::new);
			return cb.and(everyWord);
		};
	}

}
