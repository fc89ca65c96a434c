package fr.metropolerouen.guichetess.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may call each endpoint, as declared in {@value #FILE}: one row per HTTP method and path pattern of our
 * controllers, one column per caller ({@code x} allowed, {@code -} refused). Rows whose path ends with {@code /**}
 * are prefix rules for what is not our controllers (actuator, Cockpit, the API description): they name the path
 * probed for them. The table is the reference the running application is compared with, in both directions: an
 * endpoint mapped but not declared, or declared but no longer mapped, is a difference.
 */
final class AuthorizationMatrix {

	static final String FILE = "src/test/resources/security/authorization-matrix.csv";

	private static final String RESOURCE = "/security/authorization-matrix.csv";

	private static final String HEADER = "method,path,anonymous,APPLICANT,OFFICER,COMMITTEE,FINANCE,ADMIN,probe";

	/** Who calls: nobody logged in, or a user of one role. */
	enum Caller {

		ANONYMOUS, APPLICANT, OFFICER, COMMITTEE, FINANCE, ADMIN

	}

	/** One HTTP method on one path pattern, as Spring MVC maps it ({@code /api/dossiers/{id}}). */
	record Endpoint(String method, String path) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	/** The callers allowed on an endpoint; for a prefix rule, the concrete path probed. */
	record Rule(Endpoint endpoint, Set<Caller> allowed, String probe) {

		boolean prefix() {
			return endpoint.path().endsWith("/**");
		}

		boolean allows(Caller caller) {
			return allowed.contains(caller);
		}

	}

	private final List<Rule> rules;

	private AuthorizationMatrix(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	static AuthorizationMatrix load() {
		try (InputStream table = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
			Objects.requireNonNull(table, FILE + " is missing");
			return read(new InputStreamReader(table, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads the table; lines starting with {@code #} and blank lines are comments. */
	static AuthorizationMatrix read(Reader table) {
		List<Rule> rules = new ArrayList<>();
		List<String> lines = new BufferedReader(table).lines().map(String::strip).toList();
		for (String line : lines) {
			if (line.isEmpty() || line.startsWith("#") || line.equals(HEADER)) {
				continue;
			}
			rules.add(rule(line));
		}
		return new AuthorizationMatrix(rules);
	}

	private static Rule rule(String line) {
		String[] cells = line.split(",", -1);
		if (cells.length != 9) {
			throw new IllegalArgumentException(FILE + ": expected the 9 columns " + HEADER + " in: " + line);
		}
		Set<Caller> allowed = EnumSet.noneOf(Caller.class);
		for (Caller caller : Caller.values()) {
			String cell = cells[2 + caller.ordinal()].strip();
			if (!cell.equals("x") && !cell.equals("-")) {
				throw new IllegalArgumentException(FILE + ": 'x' or '-' expected for " + caller + " in: " + line);
			}
			if (cell.equals("x")) {
				allowed.add(caller);
			}
		}
		Rule rule = new Rule(new Endpoint(cells[0].strip(), cells[1].strip()), allowed, cells[8].strip());
		if (rule.prefix() == rule.probe().isEmpty()) {
			throw new IllegalArgumentException(FILE + ": a prefix rule (path ending with /**), and only it, names the "
					+ "path to probe, in: " + line);
		}
		return rule;
	}

	/** The rules of our controllers' endpoints. */
	List<Rule> endpointRules() {
		return rules.stream().filter(rule -> !rule.prefix()).toList();
	}

	List<Rule> prefixRules() {
		return rules.stream().filter(Rule::prefix).toList();
	}

	/**
	 * What differs between the table and the endpoints the application maps: one sentence per endpoint, saying where
	 * to mend it; empty when they agree.
	 */
	List<String> differencesFrom(Collection<Endpoint> mapped) {
		Set<Endpoint> declared = endpointRules().stream().map(Rule::endpoint).collect(Collectors.toSet());
		List<String> differences = new ArrayList<>();
		for (Endpoint endpoint : new TreeSet<>(mapped)) {
			if (!declared.contains(endpoint)) {
				differences.add(endpoint + " is mapped by the application but not declared: add its row to " + FILE
						+ " (x for each caller allowed, - for each caller refused)");
			}
		}
		for (Endpoint endpoint : new TreeSet<>(declared)) {
			if (!mapped.contains(endpoint)) {
				differences.add(endpoint + " is declared in " + FILE
						+ " but the application no longer maps it: remove its row, or correct its method or path");
			}
		}
		return differences;
	}

}
