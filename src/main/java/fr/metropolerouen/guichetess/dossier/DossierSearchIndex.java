package fr.metropolerouen.guichetess.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the search words ({@link DossierSearch}) of dossiers that have none, in bulk: the dossiers that existed
 * before the search index (migration 16.1), and dossiers written by bulk SQL instead of the application's services
 * (the benchmark's data generator). The application keeps the words of the dossiers it writes itself.
 */
public final class DossierSearchIndex {

	private static final int BATCH = 1000;

	private DossierSearchIndex() {
	}

	/** Indexes every dossier without search words; returns how many words were written. */
	public static int indexMissing(JdbcTemplate jdbc) {
		List<Object[]> rows = new ArrayList<>();
		int[] written = { 0 };
		jdbc.query("""
				select d.id, d.reference, o.name, d.project_title
				from dossier d join organisation o on o.id = d.organisation_id
				where not exists (select 1 from dossier_search_term t where t.dossier_id = d.id)""", row -> {
			UUID id = row.getObject("id", UUID.class);
			for (String term : DossierSearch.terms(row.getString("reference"), row.getString("name"),
					row.getString("project_title"))) {
				rows.add(new Object[] { id, term });
			}
			if (rows.size() >= BATCH) {
				written[0] += insert(jdbc, rows);
			}
		});
		return written[0] + insert(jdbc, rows);
	}

	private static int insert(JdbcTemplate jdbc, List<Object[]> rows) {
		int count = rows.size();
		if (count > 0) {
			jdbc.batchUpdate("insert into dossier_search_term (dossier_id, term) values (?, ?)", rows);
			rows.clear();
		}
		return count;
	}

}
