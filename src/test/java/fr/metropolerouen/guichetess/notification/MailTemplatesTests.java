package fr.metropolerouen.guichetess.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MailTemplatesTests {

	private static final String REFERENCE = "DIE-2026-0007";

	private static final String ORGANISATION = "L'Atelier d'Elbeuf & Cie <ESUS>";

	private static final String SERVICE_EMAIL = "ess@metropole-rouen-normandie.fr";

	/** The subject each packaged template gives with {@link #model(String)}: a new template needs a line here. */
	private static final Map<String, String> EXPECTED_SUBJECTS = Map.of(
			"acknowledgement", "Accusé de réception de votre demande DIE-2026-0007 – Dynamique Immobilier ESS",
			"committee-deferral", "Examen de votre demande DIE-2026-0007 reporté",
			"decision-letter", "Notification d'attribution de l'aide – dossier DIE-2026-0007",
			"missing-documents", "Pièces manquantes pour votre demande DIE-2026-0007",
			"missing-documents-reminder", "Relance – pièces manquantes pour votre demande DIE-2026-0007",
			"new-message", "Nouveau message sur votre dossier DIE-2026-0007",
			"payment-decision", "Votre demande de versement n° 2 – dossier DIE-2026-0007");

	private final MailTemplates templates = new MailTemplates();

	static Stream<String> packagedTemplates() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/mail/*.txt");
		List<String> names = Arrays.stream(resources)
			.map(Resource::getFilename)
			.map(name -> name.substring(0, name.length() - ".txt".length()))
			.distinct()
			.sorted()
			.toList();
		assertThat(names).as("mail templates on the classpath").isNotEmpty();
		return names.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("packagedTemplates")
	void everyTemplateHasAFrenchSubjectNamingTheDossier(String template) {
		assertThat(EXPECTED_SUBJECTS).as("a representative subject for template %s", template).containsKey(template);

		MailTemplates.ComposedMail mail = templates.compose(template, model(template));

		assertThat(mail.subject()).isEqualTo(EXPECTED_SUBJECTS.get(template)).contains(REFERENCE);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("packagedTemplates")
	void everyTemplateRendersACompleteBody(String template) {
		MailTemplates.ComposedMail mail = templates.compose(template, model(template));

		assertThat(mail.body()).startsWith("Madame, Monsieur,")
			.endsWith("\n")
			.doesNotContain("Objet :", "[[", "]]", "[(", ")]", "[#", "[/]", "th:", "${", "null")
			.doesNotContain("&#", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;")
			.contains(REFERENCE)
			.contains(SERVICE_EMAIL);
	}

	@Test
	void theAcknowledgementStatesTheReceiptAndImplicitRejectionDatesAndTheAppeal() {
		String body = templates.compose("acknowledgement", model("acknowledgement")).body();

		assertThat(body).contains("Nous avons bien reçu le 26 septembre 2026 la demande d'aide de " + ORGANISATION)
			.contains("Date de réception : 26 septembre 2026")
			.contains("En l'absence de décision expresse au 26 novembre 2026")
			.contains("réputée rejetée")
			.contains("L. 231-4")
			.contains("recours gracieux")
			.contains("Tribunal administratif de Rouen")
			.contains("« Rénovation de la recyclerie »");
	}

	@Test
	void theRequestForDocumentsListsEachDocumentAndTheOfficersMessage() {
		String body = templates.compose("missing-documents", model("missing-documents")).body();

		assertThat(body).contains("\n- Statuts de la structure\n- Plan de situation du bien\n")
			.contains("Merci de joindre les statuts signés.")
			.contains("est incomplète");
	}

	@Test
	void theReminderListsTheDocumentsStillMissingAndWarnsOfTheClosure() {
		String body = templates.compose("missing-documents-reminder", model("missing-documents-reminder")).body();

		assertThat(body).contains("\n- Statuts de la structure\n- Plan de situation du bien\n")
			.contains("Merci de joindre les statuts signés.")
			.contains("classé sans suite");
	}

	@Test
	void theDecisionLetterMailNamesTheAttachedLetter() {
		String body = templates.compose("decision-letter", model("decision-letter")).body();

		assertThat(body).contains("ci-joint le courrier « Notification d'attribution de l'aide »");
	}

	@Test
	void theDeferralSaysTheExaminationIsPostponed() {
		String body = templates.compose("committee-deferral", model("committee-deferral")).body();

		assertThat(body).contains("a reporté l'examen de votre demande " + REFERENCE);
	}

	@Test
	void anApprovedPaymentGivesBothAmounts() {
		String body = templates.compose("payment-decision", model("payment-decision")).body();

		assertThat(body).contains("a été validée : 4\u202F000,00\u00A0€ sont mis en paiement")
			.contains("(montant demandé : 5\u202F000,00\u00A0€)")
			.doesNotContain("n'a pas pu être validée");
	}

	@Test
	void aRejectedPaymentGivesTheReason() {
		Map<String, Object> model = model("payment-decision");
		model.put("approved", false);
		model.put("approvedAmount", null);
		model.put("rejectionReason", "Les factures ne sont pas acquittées.");

		String body = templates.compose("payment-decision", model).body();

		assertThat(body)
			.contains("n'a pas pu être validée, pour le motif suivant :\nLes factures ne sont pas acquittées.")
			.doesNotContain("mis en paiement");
	}

	@Test
	void textTypedByPeopleIsWrittenAsIsBecauseAPlainTextMailIsNotHtml() {
		Map<String, Object> model = model("decision-letter");
		model.put("projectTitle", "Atelier \"vélo\" d'Elbeuf & <Saint-Aubin>");

		MailTemplates.ComposedMail mail = templates.compose("decision-letter", model);

		assertThat(mail.subject()).isEqualTo("Notification d'attribution de l'aide – dossier " + REFERENCE);
		assertThat(mail.body()).contains("(projet « Atelier \"vélo\" d'Elbeuf & <Saint-Aubin> »)")
			.contains("Direction de l'action et de l'innovation économiques");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{{reference}}", "${7*7}", "[(${reference})]", "[[${reference}]]", "__${7*7}__",
			"#{mail.subject}", "*{reference}" })
	void aValueThatLooksLikeATemplateExpressionIsWrittenAsTypedNotEvaluated(String typed) {
		Map<String, Object> model = model("acknowledgement");
		model.put("projectTitle", typed);
		model.put("organisationName", typed + " & Cie");

		String body = templates.compose("acknowledgement", model).body();

		assertThat(body).contains("la demande d'aide de " + typed + " & Cie au titre")
			.contains("pour le projet « " + typed + " »")
			.doesNotContain("49");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\r", "\r\n", "\u0085", "\u2028" })
	void aLineBreakInAValueCannotAddAHeaderThroughTheSubject(String lineBreak) {
		Map<String, Object> model = model("decision-letter");
		model.put("letterTitle", "Notification" + lineBreak + "Bcc: tiers@example.org");

		MailTemplates.ComposedMail mail = templates.compose("decision-letter", model);

		assertThat(mail.subject()).doesNotContain("\r", "\n", "\u0085", "\u2028")
			.isIn("Notification Bcc: tiers@example.org – dossier " + REFERENCE, "Notification");
	}

	@Test
	void aTemplateWithoutSubjectIsRefused() {
		assertThatThrownBy(() -> templates.compose("test/without-subject", model("committee-deferral")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test/without-subject")
			.hasMessageContaining("Objet :");
	}

	@Test
	void aSubjectIntroducedOtherwiseThanByObjetIsRefused() {
		assertThatThrownBy(() -> templates.compose("test/wrong-subject-label", model("committee-deferral")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Objet :");
	}

	/** The variables {@link ApplicantNotifications} gives each template. */
	private static Map<String, Object> model(String template) {
		Map<String, Object> model = new HashMap<>();
		model.put("reference", REFERENCE);
		model.put("schemeName", "Dynamique Immobilier ESS");
		model.put("projectTitle", "Rénovation de la recyclerie");
		model.put("organisationName", ORGANISATION);
		model.put("submissionDate", "26 septembre 2026");
		model.put("serviceName", "Direction de l'action et de l'innovation économiques – mission ESS");
		model.put("serviceEmail", SERVICE_EMAIL);
		switch (template) {
			case "acknowledgement" -> model.put("implicitRejectionDate", "26 novembre 2026");
			case "missing-documents", "missing-documents-reminder" -> {
				model.put("missingDocuments", List.of("Statuts de la structure", "Plan de situation du bien"));
				model.put("message", "Merci de joindre les statuts signés.");
			}
			case "decision-letter" -> model.put("letterTitle", "Notification d'attribution de l'aide");
			case "payment-decision" -> {
				model.put("number", 2);
				model.put("approved", true);
				model.put("claimedAmount", "5\u202F000,00\u00A0€");
				model.put("approvedAmount", "4\u202F000,00\u00A0€");
				model.put("rejectionReason", null);
			}
			default -> {
			}
		}
		return model;
	}

}
