package fr.metropolerouen.guichetess.security;

import java.util.ArrayList;
import java.util.List;

import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DatabaseSnapshot;
import fr.metropolerouen.guichetess.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input of the corpus, sent over HTTP by a user of the right role on an existing record, gets a 4xx with a
 * French problem, and the whole corpus leaves every application table as it was (ASVS 5.1, 13.1; issue 10).
 */
class BadInputCorpusIntegrationTests extends ApiIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyBadInputIsRefusedWithAFrenchProblemAndChangesNothing() {
		FuzzTargets targets = FuzzTargets.prepare(steps);
		BadInputCorpus corpus = BadInputCorpus.load();
		RawHttp http = new RawHttp(port);
		DatabaseSnapshot before = DatabaseSnapshot.whenQuiet(jdbc);

		List<String> faults = new ArrayList<>();
		for (BadInputCorpus.Entry entry : corpus.entries()) {
			RawHttp.Answer answer = http.send(entry.method(), targets.fill(entry.path()), targets.user(entry.role()),
					entry.contentType(), entry.bodyFor(targets), entry.headers());
			List<String> wrong = new ArrayList<>(ProblemAnswers.faultsOf(answer));
			if (entry.status() != null && entry.status() != answer.status()) {
				wrong.add("status " + answer.status() + " where " + entry.status() + " was expected");
			}
			if (!wrong.isEmpty()) {
				faults.add(entry + ": " + wrong + "; body: " + ProblemAnswers.abbreviated(answer.body()));
			}
		}
		DatabaseSnapshot after = DatabaseSnapshot.whenQuiet(jdbc);

		assertThat(corpus.entries()).hasSizeGreaterThanOrEqualTo(50);
		assertThat(faults).as("bad inputs not refused as they should be").isEmpty();
		assertThat(after.differencesFrom(before)).as("tables changed by refused requests").isEmpty();
	}

}
