package fr.metropolerouen.guichetess.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LetterRendererTests {

	private static final String REFERENCE = "DIE-2026-0007";

	private static final String ORGANISATION = "L'Atelier d'Elbeuf & Cie";

	private static final LetterProperties.Authority AUTHORITY = new LetterProperties.Authority(
			"Métropole Rouen Normandie",
			"Direction de l'action et de l'innovation économiques – mission Économie sociale et solidaire",
			"Le 108, 108 allée François Mitterrand, CS 50589, 76006 Rouen Cedex", "Rouen", "02 35 52 68 10",
			"ess@metropole-rouen-normandie.fr");

	private static final LetterProperties.Signatory SIGNATORY = new LetterProperties.Signatory("Camille Martin",
			"Pour le Président et par délégation, le Vice-Président chargé de l'économie sociale et solidaire");

	private static final Map<LetterKind, Rendered> RENDERED = new HashMap<>();

	record Rendered(byte[] pdf, String text) {
	}

	@BeforeAll
	static void renderEveryLetterOnce() throws IOException {
		LetterRenderer renderer = new LetterRenderer(properties(null));
		for (LetterKind kind : LetterKind.values()) {
			byte[] pdf = renderer.render(kind.template(), model(kind));
			RENDERED.put(kind, new Rendered(pdf, text(pdf)));
		}
	}

	@Test
	void everyLetterKindHasItsTemplateAndEveryTemplateALetterKind() throws IOException {
		List<String> templates;
		try (Stream<Path> files = Files.list(Path.of("templates/letters"))) {
			templates = files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".html") && !name.equals("fragments.html"))
				.map(name -> name.substring(0, name.length() - ".html".length()))
				.toList();
		}

		List<String> expected = new ArrayList<>(Arrays.stream(LetterKind.values()).map(LetterKind::template).toList());
		expected.add("committee-minutes");
		expected.add("annual-report");
		assertThat(templates).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@EnumSource(value = LetterKind.class, names = "GRANT_AGREEMENT", mode = EnumSource.Mode.EXCLUDE)
	void everyDecisionLetterIsAPdfNamingTheDossierAndTheOrganisation(LetterKind kind) {
		Rendered letter = RENDERED.get(kind);

		assertThat(new String(letter.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(letter.text()).contains("Référence du dossier : " + REFERENCE)
			.contains(ORGANISATION)
			.contains("SIRET 12345678900019")
			.contains("Objet : " + kind.frenchLabel() + " – dispositif Dynamique Immobilier ESS")
			.contains("Projet : Rénovation de la recyclerie")
			.contains("Rouen, le 26 novembre 2026")
			.contains("Métropole Rouen Normandie")
			.contains("Camille Martin");
	}

	/**
	 * The agreement, the warning before a lapse and the notice of an intended withdrawal are not decisions, and
	 * dropping a withdrawal harms no one: there is nothing to appeal against.
	 */
	@ParameterizedTest
	@EnumSource(value = LetterKind.class, names = { "GRANT_AGREEMENT", "LAPSE_WARNING", "WITHDRAWAL_NOTICE",
			"WITHDRAWAL_DROPPED", "ACKNOWLEDGEMENT_OF_RECEIPT", "MISSING_DOCUMENTS_REQUEST", "MISSING_DOCUMENTS_REMINDER" },
			mode = EnumSource.Mode.EXCLUDE)
	void everyDecisionLetterStatesHowToAppeal(LetterKind kind) {
		assertThat(RENDERED.get(kind).text()).contains("Voies et délais de recours")
			.contains("dans un délai de deux mois à compter de sa notification")
			.contains("Tribunal administratif de Rouen")
			.contains("53 avenue Gustave Flaubert, 76000 Rouen")
			.contains("www.telerecours.fr");
	}

	@ParameterizedTest
	@EnumSource(LetterKind.class)
	void everyLetterIsNumberedAndFooted(LetterKind kind) {
		assertThat(RENDERED.get(kind).text()).contains("Page 1 sur ")
			.contains("Guichet ESS – Métropole Rouen Normandie");
	}

	@ParameterizedTest
	@EnumSource(LetterKind.class)
	void everyFontOnEveryPageIsEmbedded(LetterKind kind) throws IOException {
		try (PDDocument document = Loader.loadPDF(RENDERED.get(kind).pdf())) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}

			assertThat(fonts).isNotEmpty()
				.allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue())
				.allSatisfy(font -> assertThat(font.getName()).contains("DejaVu"));
		}
	}

	/** Job executor threads and requests share one renderer (and its parsed fonts): no letter may take another's. */
	@Test
	void lettersRenderedAtTheSameTimeReadAsWhenRenderedAlone() throws Exception {
		LetterRenderer shared = new LetterRenderer(properties(null));
		List<LetterKind> kinds = List.of(LetterKind.values());
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Map<LetterKind, String>>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int shift = t;
				results.add(threads.submit(() -> {
					Map<LetterKind, String> texts = new HashMap<>();
					for (int i = 0; i < kinds.size(); i++) {
						LetterKind kind = kinds.get((i + shift * 3) % kinds.size());
						texts.put(kind, text(shared.render(kind.template(), model(kind))));
					}
					return texts;
				}));
			}
			for (Future<Map<LetterKind, String>> result : results) {
				assertThat(result.get(2, TimeUnit.MINUTES)).hasSize(kinds.size())
					.allSatisfy((kind, text) -> assertThat(text).as(kind.name()).isEqualTo(RENDERED.get(kind).text()));
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theGrantLetterGivesTheAmountTheDecisionDateAndTheConditions() {
		assertThat(RENDERED.get(LetterKind.GRANT_DECISION).text())
			.contains("une subvention d'un montant de 14 000,00 € (quatorze mille euros) pour le projet")
			.contains("Par délibération du Bureau métropolitain du 19 novembre 2026")
			.contains("déposée le 26 septembre 2026")
			.contains("factures acquittées")
			.doesNotContain("quittances de loyer");
	}

	@Test
	void theWithdrawalNoticeGivesTheFactsTheLegalBasisAndThePeriodToAnswer() {
		assertThat(RENDERED.get(LetterKind.WITHDRAWAL_NOTICE).text())
			.contains("Motif : Départ des locaux aidés")
			.contains("La structure a quitté le local du 12 rue des Arts le 1er octobre 2026.")
			.contains("L. 242-2 2°")
			.contains("L. 122-1")
			.contains("jusqu'au 17 novembre 2026 inclus")
			.doesNotContain("Voies et délais de recours");
	}

	@Test
	void theWithdrawalDecisionIsMotivatedAndGivesTheAmountToRepayAndItsRecoveryOrder() {
		assertThat(RENDERED.get(LetterKind.WITHDRAWAL_DECISION).text())
			.contains("Vos observations, reçues le 10 novembre 2026, ont été examinées")
			.contains("Le local aidé n'est plus occupé par la structure depuis deux mois.")
			.contains("retirée en partie, à hauteur de 6 000,00 € (six mille euros).")
			.contains("Part de l'aide qui ne vous sera pas versée : 4 000,00 €")
			.contains("Somme déjà versée que vous devez reverser : 2 000,00 € (deux mille euros)")
			.contains("titre de recette n° TR-2026-0003");
	}

	@Test
	void theDropLetterKeepsTheGrantAndSaysWhy() {
		assertThat(RENDERED.get(LetterKind.WITHDRAWAL_DROPPED).text())
			.contains("ne pas donner suite à cette procédure")
			.contains("Le local aidé n'est plus occupé par la structure depuis deux mois.")
			.contains("L'aide de 14 000,00 € est maintenue")
			.doesNotContain("titre de recette");
	}

	@Test
	void theGrantLetterNamesItsDeliberation() throws IOException {
		Map<String, Object> model = model(LetterKind.GRANT_DECISION);
		model.put("deliberationNumber", "B2026-0042");

		assertThat(text(new LetterRenderer(properties(null)).render("grant-decision", model)))
			.contains("Par délibération n° B2026-0042 du Bureau métropolitain du 19 novembre 2026");
	}

	@Test
	void theGrantAgreementBindsBothPartiesToTheAmountAndItsPaymentSchedule() {
		assertThat(RENDERED.get(LetterKind.GRANT_AGREEMENT).text())
			.contains("Convention d'attribution d'une subvention")
			.contains("délibération n° B2026-0042 du Bureau métropolitain du 19 novembre 2026")
			.contains(ORGANISATION + ", SIRET 12345678900019")
			.contains("La subvention s'élève au plus à 14 000,00 € (quatorze mille euros).")
			.contains("2027 : 6 000,00 €", "2028 : 8 000,00 €")
			.contains("Aucun versement n'intervient avant la signature de la présente convention par les deux parties")
			.contains("L. 242-2")
			.contains("Pour le bénéficiaire", "Pour la Métropole");
	}

	@Test
	void theMinutesListEveryDeliberationWithItsNumberOutcomeAndTheMembersWhoTookNoPart() throws IOException {
		PdfDocuments documents = new PdfDocuments(new LetterRenderer(properties(null)), properties(null));
		Map<String, Object> model = minutesModel();

		String minutes = text(documents.committeeMinutes(model));

		assertThat(minutes).contains("Procès-verbal de la séance du Bureau métropolitain du 19 novembre 2026")
			.contains("Membres présents : Anne Durand (Présidente), Paul Martin.")
			.contains("Membres absents : Léa Petit.")
			.contains("Point n° 1 – délibération n° B2026-0041", "Dossier DIE-2026-0007",
					"Décision : Accordée – 14 000,00 €")
			.contains("Ayant déclaré un intérêt, Paul Martin n’a pas pris part à la délibération.")
			.contains("Point n° 2 – délibération n° B2026-0042", "Dossier DLE-2026-0003",
					"Décision : Refusée – Pas d'emploi salarié.")
			.contains("1 aide(s) accordée(s) pour un total de 14 000,00 €, 1 refus, 0 ajournement(s).");
	}

	@Test
	void theWarningBeforeALapseNamesTheDeadlineItsDateAndWhatToDoBeforeIt() {
		assertThat(RENDERED.get(LetterKind.LAPSE_WARNING).text())
			.contains("Objet : Avertissement avant caducité")
			.contains("Par délibération n° B2026-0042 du Bureau métropolitain du 19 novembre 2026")
			.contains("Première demande de versement, au plus tard le 19 novembre 2027")
			.contains("avant cette date, de déposer sur le Guichet ESS une première demande de versement")
			.contains("l'aide deviendra caduque à cette date")
			.doesNotContain("prolongée ;")
			.doesNotContain("Voies et délais de recours");
	}

	@Test
	void theWarningAfterAnExtensionGivesTheNewAndTheFormerDate() throws IOException {
		Map<String, Object> model = model(LetterKind.LAPSE_WARNING);
		model.put("deadlineDueOn", "19 février 2028");
		model.put("deadlineExtended", true);

		assertThat(text(new LetterRenderer(properties(null)).render("lapse-warning", model)))
			.contains("au plus tard le 19 février 2028 (échéance prolongée ; elle était initialement fixée au 19 "
					+ "novembre 2027)");
	}

	@Test
	void theLapseDecisionStatesTheFactsTheLawAndTheAmountReleased() {
		assertThat(RENDERED.get(LetterKind.LAPSE_DECISION).text())
			.contains("Objet : Décision de caducité de l'aide")
			.contains("Les faits", "Les motifs de droit", "Décision")
			.contains("Première demande de versement, au plus tard le 19 novembre 2027")
			.contains("dans sa version 1 (Délibération du Conseil métropolitain du 30 janvier 2017)")
			.contains("L. 211-2")
			.contains("je constate la caducité de l'aide")
			.contains("soit 14 000,00 € (quatorze mille euros), est annulée et rendue à l'enveloppe du dispositif")
			.doesNotContain("vous restent acquises");
	}

	@Test
	void theLapseDecisionLeavesTheBeneficiaryWhatWasAlreadyPaid() throws IOException {
		Map<String, Object> model = model(LetterKind.LAPSE_DECISION);
		model.put("releasedAmount", "9\u202F000,00\u00A0€");
		model.put("releasedAmountInWords", "neuf mille euros");
		model.put("paidAmount", "5\u202F000,00\u00A0€");
		model.put("paidAmountInWords", "cinq mille euros");
		model.put("somethingPaid", true);

		assertThat(text(new LetterRenderer(properties(null)).render("lapse-decision", model)))
			.contains("soit 9 000,00 € (neuf mille euros), est annulée")
			.contains("Les sommes déjà versées, soit 5 000,00 € (cinq mille euros), vous restent acquises");
	}

	@Test
	void theRefusalLetterGivesTheCommitteesReasons() {
		assertThat(RENDERED.get(LetterKind.REFUSAL_DECISION).text())
			.contains("Le projet ne crée pas d'emploi durable sur le territoire.")
			.contains("lors de sa séance du 19 novembre 2026")
			.contains("pour un montant de 20 000,00 €");
	}

	@Test
	void theIneligibilityLetterListsTheUnmetCriteriaAndTheOfficersJustification() {
		assertThat(RENDERED.get(LetterKind.INELIGIBILITY_DECISION).text())
			.contains("La structure compte plus de 250 salariés.")
			.contains("La forme juridique ne relève pas de l'ESS.")
			.contains("Effectif vérifié sur la DSN de septembre 2026.");
	}

	@Test
	void theClosureLetterListsTheDocumentsThatNeverCame() {
		assertThat(RENDERED.get(LetterKind.CLOSURE_WITHOUT_FOLLOW_UP).text())
			.contains("Statuts de la structure")
			.contains("Plan de situation du bien")
			.contains("votre dossier est classé sans suite");
	}

	@Test
	void theAcknowledgementGivesTheReceiptDateTheImplicitRejectionDateTheContactAndHowToAppeal() {
		assertThat(RENDERED.get(LetterKind.ACKNOWLEDGEMENT_OF_RECEIPT).text())
			.contains("reçue le 26 septembre 2026 et enregistrée sous la référence " + REFERENCE)
			.contains("réputée rejetée le 26 novembre 2026")
			.contains("article L. 231-4")
			.contains("article L. 114-5")
			.contains("Le 108, 108 allée François Mitterrand, CS 50589, 76006 Rouen Cedex")
			.contains("Tél. 02 35 52 68 10 – ess@metropole-rouen-normandie.fr")
			.contains("Voies et délais de recours contre une décision implicite de rejet")
			.contains("dans un délai de deux mois")
			.contains("recours gracieux")
			.contains("Tribunal administratif de Rouen")
			.contains("53 avenue Gustave Flaubert, 76000 Rouen")
			.contains("www.telerecours.fr");
	}

	@Test
	void theRequestForDocumentsListsThemWithTheMessageTheClosureDateAndTheSuspendedDelay() {
		assertThat(RENDERED.get(LetterKind.MISSING_DOCUMENTS_REQUEST).text())
			.contains("Statuts de la structure")
			.contains("Plan de situation du bien")
			.contains("Merci de joindre des statuts signés.")
			.contains("Le délai de 30 jours")
			.contains("sans réponse de votre part au 28 octobre 2026")
			.contains("est suspendu jusqu'à la réception de ces pièces")
			.doesNotContain("Voies et délais de recours");
	}

	@Test
	void theReminderRecallsTheRequestItsDocumentsAndTheClosureDate() {
		assertThat(RENDERED.get(LetterKind.MISSING_DOCUMENTS_REMINDER).text())
			.contains("Le 28 septembre 2026, nous vous avons demandé")
			.contains("Statuts de la structure")
			.contains("Plan de situation du bien")
			.contains("Merci de joindre des statuts signés.")
			.contains("avant le 28 octobre 2026")
			.contains("classé sans suite")
			.doesNotContain("Voies et délais de recours");
	}

	@ParameterizedTest
	@EnumSource(value = LetterKind.class, names = { "GRANT_DECISION", "REFUSAL_DECISION" })
	void aPreviewOfADecisionIsMarkedAsADraftAndAnIssuedLetterNever(LetterKind kind) throws IOException {
		Map<String, Object> model = model(kind);
		model.put("draft", true);

		assertThat(text(new LetterRenderer(properties(null)).render(kind.template(), model)))
			.contains("PROJET – document non notifié");
		assertThat(RENDERED.get(kind).text()).doesNotContain("PROJET");
	}

	@Test
	void aTemplateInTheOverrideFolderReplacesThePackagedOne(@TempDir Path folder) throws IOException {
		String packaged = packagedTemplate("grant-decision");
		String modified = packaged.replace("<p>Madame, Monsieur,</p>",
				"<p>Madame, Monsieur,</p>\n<p>Mention ajoutée par le service sans nouvelle version.</p>");
		assertThat(modified).isNotEqualTo(packaged);
		Files.writeString(folder.resolve("grant-decision.html"), modified, StandardCharsets.UTF_8);

		LetterRenderer renderer = new LetterRenderer(properties(folder));
		String grant = text(renderer.render("grant-decision", model(LetterKind.GRANT_DECISION)));
		String refusal = text(renderer.render("refusal-decision", model(LetterKind.REFUSAL_DECISION)));

		assertThat(grant).contains("Mention ajoutée par le service sans nouvelle version.")
			.contains("14 000,00 €")
			.contains("Voies et délais de recours");
		assertThat(refusal).doesNotContain("Mention ajoutée")
			.contains("Le projet ne crée pas d'emploi durable sur le territoire.");
	}

	@Test
	void aTemplateEditedInTheOverrideFolderChangesTheNextLetterOfARunningRenderer(@TempDir Path folder)
			throws IOException {
		String packaged = packagedTemplate("grant-decision");
		Path template = folder.resolve("grant-decision.html");
		Files.writeString(template, packaged, StandardCharsets.UTF_8);
		LetterRenderer renderer = new LetterRenderer(new LetterProperties(AUTHORITY, SIGNATORY,
				"Tribunal administratif de Rouen", "53 avenue Gustave Flaubert, 76000 Rouen", folder, Duration.ZERO));
		assertThat(text(renderer.render("grant-decision", model(LetterKind.GRANT_DECISION))))
			.doesNotContain("Permanence le mardi");

		Files.writeString(template, packaged.replace("<p>Madame, Monsieur,</p>",
				"<p>Madame, Monsieur,</p>\n<p>Permanence le mardi matin au 108.</p>"), StandardCharsets.UTF_8);

		assertThat(text(renderer.render("grant-decision", model(LetterKind.GRANT_DECISION))))
			.as("the same renderer, without a restart")
			.contains("Permanence le mardi matin au 108.");
	}

	@Test
	void aMissingOverrideFolderFallsBackToThePackagedTemplates(@TempDir Path folder) throws IOException {
		LetterRenderer renderer = new LetterRenderer(properties(folder.resolve("absent")));

		assertThat(text(renderer.render("grant-decision", model(LetterKind.GRANT_DECISION))))
			.contains("14 000,00 €");
	}

	private static String packagedTemplate(String name) throws IOException {
		try (InputStream in = LetterRendererTests.class.getResourceAsStream("/templates/letters/" + name + ".html")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static LetterProperties properties(Path templateDirectory) {
		return new LetterProperties(AUTHORITY, SIGNATORY, "Tribunal administratif de Rouen",
				"53 avenue Gustave Flaubert, 76000 Rouen", templateDirectory, null);
	}

	/** The variables {@link LetterContent} gives every template, amounts and dates formatted the French way. */
	static Map<String, Object> model(LetterKind kind) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", kind.frenchLabel());
		model.put("authority", AUTHORITY);
		model.put("signatory", SIGNATORY);
		model.put("appealCourt", "Tribunal administratif de Rouen");
		model.put("appealCourtAddress", "53 avenue Gustave Flaubert, 76000 Rouen");
		model.put("letterDate", "26 novembre 2026");
		model.put("reference", REFERENCE);
		model.put("schemeName", "Dynamique Immobilier ESS");
		model.put("projectTitle", "Rénovation de la recyclerie");
		model.put("organisation", new OrganisationView(UUID.fromString("3f1c2a4e-8d6b-4c1e-9a57-2b0d7e6f1a90"),
				"12345678900019", ORGANISATION, "9220", "76540", "12 rue des Arts, 76000 Rouen", 12,
				"contact@ateliers-reemploi.fr", false));
		model.put("submissionDate", "26 septembre 2026");
		model.put("requestedAmount", "20\u202F000,00\u00A0€");
		model.put("grantedAmount", null);
		model.put("decisionDate", null);
		model.put("decisionReasons", null);
		model.put("unmetCriteria", List.of());
		model.put("officerJustification", null);
		model.put("missingDocuments", List.of());
		model.put("isImmobilier", true);
		switch (kind) {
			case GRANT_DECISION -> {
				model.put("grantedAmount", "14\u202F000,00\u00A0€");
				model.put("grantedAmountInWords", "quatorze mille euros");
				model.put("decisionDate", "19 novembre 2026");
			}
			case REFUSAL_DECISION -> {
				model.put("decisionDate", "19 novembre 2026");
				model.put("decisionReasons", "Le projet ne crée pas d'emploi durable sur le territoire.");
			}
			case INELIGIBILITY_DECISION -> {
				model.put("unmetCriteria", List.of("La structure compte plus de 250 salariés.",
						"La forme juridique ne relève pas de l'ESS."));
				model.put("officerJustification", "Effectif vérifié sur la DSN de septembre 2026.");
			}
			case CLOSURE_WITHOUT_FOLLOW_UP ->
				model.put("missingDocuments", List.of("Statuts de la structure", "Plan de situation du bien"));
			case ACKNOWLEDGEMENT_OF_RECEIPT -> model.put("implicitRejectionDate", "26\u00A0novembre\u00A02026");
			case MISSING_DOCUMENTS_REQUEST, MISSING_DOCUMENTS_REMINDER -> {
				// as LetterContent gives them from the dossier's last request
				model.put("missingDocuments", List.of("Statuts de la structure", "Plan de situation du bien"));
				model.put("missingDocumentsMessage", "Merci de joindre des statuts signés.");
				model.put("missingDocumentsRequestedOn", "28\u00A0septembre\u00A02026");
				model.put("missingDocumentsClosureDays", 30L);
				model.put("missingDocumentsClosureDate", "28\u00A0octobre\u00A02026");
			}
			case GRANT_AGREEMENT -> {
				model.put("grantedAmount", "14\u202F000,00\u00A0€");
				model.put("grantedAmountInWords", "quatorze mille euros");
				model.put("decisionDate", "19 novembre 2026");
				model.put("deliberationNumber", "B2026-0042");
				model.put("plannedPayments", List.of(Map.of("year", 2027, "amount", "6\u202F000,00\u00A0€"),
						Map.of("year", 2028, "amount", "8\u202F000,00\u00A0€")));
			}
			case WITHDRAWAL_NOTICE, WITHDRAWAL_DECISION, WITHDRAWAL_DROPPED -> withdrawal(kind, model);
			case LAPSE_WARNING, LAPSE_DECISION -> {
				// as LapseLetters adds them to the values of every letter
				model.put("grantedAmount", "14\u202F000,00\u00A0€");
				model.put("grantedAmountInWords", "quatorze mille euros");
				model.put("decisionDate", "19 novembre 2026");
				model.put("deliberationNumber", "B2026-0042");
				model.put("ruleSetVersion", "1");
				model.put("ruleSetAdoptedBy", "Délibération du Conseil métropolitain du 30 janvier 2017");
				model.put("deadlineLabel", "Première demande de versement");
				model.put("deadlineDueOn", "19\u00A0novembre\u00A02027");
				model.put("deadlineOriginalDueOn", "19\u00A0novembre\u00A02027");
				model.put("deadlineExtended", false);
				model.put("deadlineWhatToDo",
						"déposer sur le Guichet ESS une première demande de versement, avec ses justificatifs");
				model.put("releasedAmount", "14\u202F000,00\u00A0€");
				model.put("releasedAmountInWords", "quatorze mille euros");
				model.put("paidAmount", "0,00\u00A0€");
				model.put("paidAmountInWords", "zéro euro");
				model.put("somethingPaid", false);
			}
		}
		return model;
	}

	/** The values the clawback module gives a withdrawal procedure's letters. */
	private static void withdrawal(LetterKind kind, Map<String, Object> model) {
		model.put("grantedAmount", "14\u202F000,00\u00A0€");
		model.put("grantedAmountInWords", "quatorze mille euros");
		model.put("decisionDate", "19 novembre 2026");
		model.put("deliberationNumber", "B2026-0042");
		model.put("procedureNumber", 1);
		model.put("withdrawalTrigger", "Départ des locaux aidés");
		model.put("withdrawalFacts", "La structure a quitté le local du 12 rue des Arts le 1er octobre 2026.");
		model.put("procedureOpenedOn", "2 novembre 2026");
		model.put("observationDeadline", "17 novembre 2026");
		model.put("observations", kind == LetterKind.WITHDRAWAL_NOTICE ? null : "Le déménagement est provisoire.");
		model.put("observationsReceivedOn", kind == LetterKind.WITHDRAWAL_NOTICE ? null : "10 novembre 2026");
		if (kind != LetterKind.WITHDRAWAL_NOTICE) {
			model.put("withdrawalMotivation", "Le local aidé n'est plus occupé par la structure depuis deux mois.");
		}
		if (kind == LetterKind.WITHDRAWAL_DECISION) {
			model.put("withdrawalOutcome", "Retrait partiel de l'aide");
			model.put("isFullWithdrawal", false);
			model.put("withdrawnAmount", "6\u202F000,00\u00A0€");
			model.put("withdrawnAmountInWords", "six mille euros");
			model.put("releasedAmount", "4\u202F000,00\u00A0€");
			model.put("releasedAmountInWords", "quatre mille euros");
			model.put("recoveredAmount", "2\u202F000,00\u00A0€");
			model.put("recoveredAmountInWords", "deux mille euros");
			model.put("hasRecovery", true);
			model.put("recoveryOrderReference", "TR-2026-0003");
		}
	}

	/** The minutes of a session of two items, one granted and one refused, as the committee module gives them. */
	static Map<String, Object> minutesModel() {
		Map<String, Object> model = new HashMap<>();
		model.put("title", "Procès-verbal");
		model.put("bodyName", "Bureau métropolitain");
		model.put("sessionDate", "19 novembre 2026");
		model.put("sessionTitle", "Séance ordinaire");
		model.put("presenceRecorded", true);
		model.put("quorumReached", true);
		model.put("memberCount", 3);
		model.put("presentCount", 2L);
		model.put("presentMembers", List.of("Anne Durand (Présidente)", "Paul Martin"));
		model.put("absentMembers", List.of("Léa Petit"));
		model.put("items", List.of(
				minutesLine(1, "B2026-0041", "DIE-2026-0007", ORGANISATION, "Accordée", "14 000,00 €", null,
						List.of("Paul Martin")),
				minutesLine(2, "B2026-0042", "DLE-2026-0003", "SCOP Bois", "Refusée", null, "Pas d'emploi salarié.",
						List.of())));
		model.put("grantedCount", 1L);
		model.put("refusedCount", 1L);
		model.put("deferredCount", 0L);
		model.put("grantedAmount", "14 000,00 €");
		model.put("closedAt", "19 novembre 2026 à 18h30");
		model.put("closedBy", "committee");
		return model;
	}

	/** One line of the minutes, every key present as the committee module gives them. */
	private static Map<String, Object> minutesLine(int position, String number, String reference, String beneficiary,
			String outcome, String amount, String reasons, List<String> notTakingPart) {
		Map<String, Object> line = new HashMap<>();
		line.put("position", position);
		line.put("deliberationNumber", number);
		line.put("reference", reference);
		line.put("schemeName", "Dynamique Immobilier ESS");
		line.put("beneficiary", beneficiary);
		line.put("projectTitle", "Atelier");
		line.put("proposedAmount", amount);
		line.put("outcomeLabel", outcome);
		line.put("amount", amount);
		line.put("reasons", reasons);
		line.put("notTakingPart", notTakingPart);
		return line;
	}

	/** The letter's text, French spaces made plain and line breaks ignored, as a reader would quote it. */
	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document).replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ");
		}
	}

}
