package fr.metropolerouen.guichetess.security;

import java.io.StringReader;
import java.util.List;

import fr.metropolerouen.guichetess.security.AuthorizationMatrix.Caller;
import fr.metropolerouen.guichetess.security.AuthorizationMatrix.Endpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The comparison between the declared table and the mapped endpoints, on small tables. */
class AuthorizationMatrixTests {

	private static final AuthorizationMatrix TABLE = AuthorizationMatrix.read(new StringReader("""
			# a comment
			method,path,anonymous,APPLICANT,OFFICER,COMMITTEE,FINANCE,ADMIN,probe
			GET,/api/dossiers/{id},-,x,x,x,x,x,
			POST,/api/dossiers/{id}/review,-,-,x,-,-,-,
			GET,/actuator/**,-,-,-,-,-,x,/actuator/prometheus
			"""));

	private static final Endpoint READ = new Endpoint("GET", "/api/dossiers/{id}");

	private static final Endpoint REVIEW = new Endpoint("POST", "/api/dossiers/{id}/review");

	@Test
	void aMappedEndpointMissingFromTheTableIsNamedWithWhereToDeclareIt() {
		Endpoint undeclared = new Endpoint("DELETE", "/api/dossiers/{id}");

		List<String> differences = TABLE.differencesFrom(List.of(READ, REVIEW, undeclared));

		assertThat(differences).singleElement()
			.asString()
			.startsWith("DELETE /api/dossiers/{id} is mapped by the application but not declared")
			.contains(AuthorizationMatrix.FILE);
	}

	@Test
	void aDeclaredEndpointNoLongerMappedIsNamed() {
		List<String> differences = TABLE.differencesFrom(List.of(READ));

		assertThat(differences).singleElement()
			.asString()
			.startsWith("POST /api/dossiers/{id}/review is declared in " + AuthorizationMatrix.FILE)
			.contains("no longer maps it");
	}

	@Test
	void prefixRulesAreNotComparedWithTheMappings() {
		assertThat(TABLE.differencesFrom(List.of(READ, REVIEW))).isEmpty();
		assertThat(TABLE.prefixRules()).singleElement().satisfies(rule -> {
			assertThat(rule.probe()).isEqualTo("/actuator/prometheus");
			assertThat(rule.allowed()).containsExactly(Caller.ADMIN);
		});
	}

	@Test
	void eachCellSaysAllowedOrRefused() {
		assertThat(TABLE.endpointRules()).filteredOn(rule -> rule.endpoint().equals(REVIEW))
			.singleElement()
			.satisfies(rule -> {
				assertThat(rule.allows(Caller.OFFICER)).isTrue();
				assertThat(rule.allows(Caller.ANONYMOUS)).isFalse();
				assertThat(rule.allows(Caller.ADMIN)).isFalse();
			});
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuthorizationMatrix.read(new StringReader("GET,/api/x,-,yes,x,x,x,x,\n")))
			.withMessageContaining("APPLICANT");
	}

}
