package fr.metropolerouen.guichetess.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (ASVS V2.1, NIST SP 800-63B): 12 to 128 characters, any characters, no composition rule,
 * not one of the commonest breached passwords ({@code security/common-passwords.txt}) and not containing the user
 * name. The demo profile's accounts, whose password is their user name, are exempt
 * ({@code guichet.security.password-policy.demo-accounts}, set only in application-demo.yml).
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

	private final Set<String> commonPasswords;

	private final Set<String> demoAccounts;

	PasswordPolicy(@Value("${guichet.security.password-policy.demo-accounts:}") List<String> demoAccounts) {
		this.commonPasswords = readCommonPasswords();
		this.demoAccounts = Set.copyOf(demoAccounts);
	}

	/** The rules this password breaks, in French, for the password field; none when it is acceptable. */
	List<String> problems(String username, String password) {
		if (demoAccounts.contains(username) && password.equals(username)) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			problems.add("doit compter entre " + MIN_LENGTH + " et " + MAX_LENGTH + " caractères");
		}
		String lowerCase = password.toLowerCase(Locale.ROOT);
		if (commonPasswords.contains(lowerCase) || lowerCase.chars().distinct().count() == 1) {
			problems.add("fait partie des mots de passe les plus répandus : choisissez-en un autre, par exemple "
					+ "une phrase de plusieurs mots");
		}
		if (!username.isBlank() && lowerCase.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("ne doit pas contenir votre identifiant");
		}
		return problems;
	}

	/** Refuses the password (400, message on the password field) unless it is acceptable. */
	void check(String username, String password, String field) {
		List<String> problems = problems(username, password);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException("Ce mot de passe n'est pas accepté.",
					problems.stream().map(problem -> new InvalidRequestException.FieldError(field, problem)).toList());
		}
	}

	private static Set<String> readCommonPasswords() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
			return lines.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The list of common passwords is part of the application", e);
		}
	}

}
