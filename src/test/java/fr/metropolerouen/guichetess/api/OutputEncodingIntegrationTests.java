package fr.metropolerouen.guichetess.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestMailServer;
import fr.metropolerouen.guichetess.support.WebSession;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text typed by an applicant is shown as typed wherever it is rendered, never interpreted: as HTML in the pages
 * and the PDF letters, as a template expression in the letters and mails.
 */
class OutputEncodingIntegrationTests extends ApiIntegrationTest {

	private static final String NAME = "<script>alert(1)</script> {{reference}} ${7*7}";

	private static final String TITLE = "<b>x</b> &amp; [[${7*7}]] __${7*7}__ [(${reference})] #{app.name} "
			+ "<script>alert(1)</script> {{reference}} ${7*7}";

	private static final String USERNAME = "balises-essai";

	/** The password the test client logs the tests' own accounts in with. */
	private static final String PASSWORD = Api.passwordOf(USERNAME);

	@Test
	void markupAndTemplateExpressionsTypedByAnApplicantShowAsTypedInPagesLettersAndMails() throws Exception {
		String email = signUp();
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("projectTitle", TITLE);
		JsonNode submitted = steps.submitted(USERNAME, data);
		String id = submitted.get("id").asText();
		String reference = submitted.get("reference").asText();

		WebSession applicant = WebSession.logIn(port, USERNAME, PASSWORD);
		assertShownAsTyped(applicant.get("/espace/dossiers/" + id), TITLE);
		assertShownAsTyped(applicant.get("/espace/structure"), NAME);
		WebSession officer = WebSession.logIn(port, "officer");
		Document officerPage = assertShownAsTyped(officer.get("/instruction/dossiers/" + id), TITLE);
		assertThat(officerPage.text()).contains(NAME);

		JsonNode letter = steps.awaitLetter(USERNAME, id, "ACKNOWLEDGEMENT_OF_RECEIPT");
		byte[] pdf = api.as(USERNAME).get("/api/dossiers/" + id + "/letters/" + letter.get("id").asText()).ok().body();
		assertThat(Pdfs.text(pdf)).contains(NAME, "« " + TITLE + " »", reference);

		String mail = textOf((Part) TestMailServer.awaitMail(email, "Accusé de réception de votre demande " + reference));
		assertThat(Pdfs.plainSpaces(mail)).contains("la demande d'aide de " + NAME + " au titre")
			.contains("« " + TITLE + " »")
			.doesNotContain("&lt;", "&amp;amp;", " 49 ");
	}

	private String signUp() {
		String email = USERNAME + "@guichet-ess.example";
		Map<String, Object> organisation = new HashMap<>();
		organisation.put("siret", DossierSteps.siret(990100));
		organisation.put("name", NAME);
		organisation.put("legalFormCode", "9220");
		organisation.put("communeInseeCode", "76540");
		organisation.put("address", "<i>1</i> rue des Essais, 76000 Rouen");
		organisation.put("employees", 4);
		api.anonymous()
			.post("/api/accounts",
					Map.of("username", USERNAME, "password", PASSWORD, "email", email, "organisation", organisation))
			.expect(201);
		return email;
	}

	/** The page shows the text, and the markup it holds made no element: no script ran, nothing turned bold. */
	private static Document assertShownAsTyped(HttpResponse<String> response, String typed) {
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.text()).contains(typed);
		assertThat(page.select("script")).allSatisfy(script -> assertThat(script.data()).doesNotContain("alert"));
		assertThat(page.select("b, i")).noneSatisfy(element -> assertThat(element.text()).isIn("x", "1"));
		assertThat(response.body()).doesNotContain("<script>alert", "<b>x</b>");
		return page;
	}

	/** The plain-text part of a mail (the acknowledgement carries its letter as a PDF attachment). */
	private static String textOf(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = textOf(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
