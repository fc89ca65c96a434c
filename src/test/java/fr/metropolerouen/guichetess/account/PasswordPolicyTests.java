package fr.metropolerouen.guichetess.account;

import java.util.List;

import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(List.of("officer"));

	@Test
	void aLongPassphraseOfAnyCharactersIsAccepted() {
		assertThat(policy.problems("regie-quartier", "les pommiers fleurissent en avril")).isEmpty();
		assertThat(policy.problems("regie-quartier", "çà et là, été 2026 ✓ ok")).isEmpty();
		assertThat(policy.problems("regie-quartier", "a".repeat(60) + "b".repeat(68))).as("128 characters").isEmpty();
	}

	@Test
	void tooShortAndTooLongAreRefused() {
		assertThat(policy.problems("regie-quartier", "courtcourt1")).containsExactly(
				"doit compter entre 12 et 128 caractères");
		assertThat(policy.problems("regie-quartier", "x".repeat(64) + "y".repeat(65))).containsExactly(
				"doit compter entre 12 et 128 caractères");
	}

	@Test
	void theCommonestPasswordsAreRefusedWhateverTheirCase() {
		assertThat(policy.problems("regie-quartier", "AzertyUIOP123")).singleElement()
			.asString()
			.startsWith("fait partie des mots de passe les plus répandus");
		assertThat(policy.problems("regie-quartier", "123456789012")).hasSize(1);
		assertThat(policy.problems("regie-quartier", "zzzzzzzzzzzzzzz")).as("one character repeated").hasSize(1);
	}

	@Test
	void aPasswordContainingTheUserNameIsRefused() {
		assertThat(policy.problems("regie-quartier", "Regie-Quartier de Rouen")).containsExactly(
				"ne doit pas contenir votre identifiant");
	}

	@Test
	void onlyTheDemoProfileAccountsKeepTheirUserNameAsPassword() {
		assertThat(policy.problems("officer", "officer")).isEmpty();
		assertThat(policy.problems("finance", "finance")).hasSize(2);
		assertThat(new PasswordPolicy(List.of()).problems("officer", "officer")).isNotEmpty();
	}

	@Test
	void aRefusalNamesTheFieldWithEachBrokenRule() {
		assertThatThrownBy(() -> policy.check("regie", "regie", "newPassword"))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					refusal -> assertThat(refusal.errors()).extracting(InvalidRequestException.FieldError::field)
						.containsExactly("newPassword", "newPassword"));
	}

}
