package fr.metropolerouen.guichetess.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.HostileFiles;
import fr.metropolerouen.guichetess.support.TestFiles;
import fr.metropolerouen.guichetess.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files sent instead of supporting documents (ASVS V12): each hostile file is refused with a French problem that
 * names the field, the dossier keeps exactly the documents it had and the store never receives the bytes; genuine
 * PDFs and images still go through, and come back under a safe name with their detected type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadSecurityIntegrationTests extends ApiIntegrationTest {

	private static final int MEGABYTE = 1024 * 1024;

	@Autowired
	FileStore files;

	String applicant;

	String dossierId;

	/** One dossier for the whole class: each test compares its documents before and after its own request. */
	@BeforeAll
	void aDraftWithOneDocument() {
		DossierSteps once = new DossierSteps(new Api(port));
		applicant = once.newApplicant().username();
		dossierId = once.createDraft(applicant, DossierSteps.projectData(DossierSteps.LOCATION));
		once.upload(applicant, dossierId, "STATUTES");
	}

	static Stream<Arguments> hostileFiles() {
		return Stream.of(hostile("an empty file", "rib.pdf", () -> new byte[0], "est vide"),
				hostile("a Windows program renamed .pdf", "rib.pdf", HostileFiles::windowsExecutable,
						"programme exécutable"),
				hostile("a Linux program renamed .pdf", "rib.pdf", HostileFiles::linuxExecutable,
						"programme exécutable"),
				hostile("a ZIP bomb renamed .pdf", "rib.pdf", HostileFiles::zipBomb, "archive compressée"),
				hostile("a JPEG with a ZIP appended", "rib.jpg", HostileFiles::jpegWithZipAppended,
						"archive ZIP cachée"),
				hostile("a PDF with a ZIP appended", "rib.pdf", HostileFiles::pdfWithZipAppended,
						"archive ZIP cachée"),
				hostile("a JPEG carrying an HTML page", "rib.jpg", HostileFiles::jpegWithHtmlPayload, "code web"),
				hostile("an HTML page renamed .pdf", "rib.pdf",
						() -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII),
						"doit être un fichier PDF, JPEG ou PNG"),
				hostile("a PNG announcing 100000 × 100000 pixels", "rib.png", HostileFiles::pngBomb,
						"image trop grande"),
				hostile("a PDF running JavaScript", "rib.pdf", HostileFiles::pdfWithJavaScript, "JavaScript"),
				hostile("a PDF launching a program", "rib.pdf", HostileFiles::pdfWithLaunchAction,
						"lançant un programme"),
				hostile("a PDF with an embedded file", "rib.pdf", HostileFiles::pdfWithEmbeddedFile,
						"fichiers incorporés"),
				hostile("an encrypted PDF", "rib.pdf", HostileFiles::encryptedPdf, "protégé par un mot de passe"));
	}

	private static Arguments hostile(String description, String name, Supplier<byte[]> content, String reason) {
		return Arguments.of(description, name, content, reason);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void aHostileFileIsRefusedAndNothingIsSaved(String description, String name, Supplier<byte[]> file,
			String reason) {
		byte[] content = file.get();
		JsonNode before = documents();

		Api.Response refused = api.as(applicant).upload(documentsPath(), "BANK_DETAILS", name, content);

		JsonNode problem = refused.expect(400);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(problem.get("detail").asText()).isEqualTo("Le fichier n'a pas été accepté.");
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
		assertThat(problem.at("/errors/0/message").asText()).contains(reason);
		assertThat(documents()).isEqualTo(before);
		assertThat(files.exists(FileStore.sha256(content))).as("the refused bytes are not stored").isFalse();
	}

	@Test
	void genuinePdfJpegAndPngAreKeptAndServedWithTheirDetectedType() {
		List<JsonNode> kept = Stream.of(TestFiles.pdf(), HostileFiles.jpeg(), HostileFiles.png())
			.map(content -> api.as(applicant).upload(documentsPath(), "FINANCING_PLAN", "plan", content).expect(201))
			.toList();

		assertThat(kept).extracting(document -> document.get("contentType").asText())
			.containsExactly("application/pdf", "image/jpeg", "image/png");
		assertThat(kept).extracting(document -> document.get("fileName").asText())
			.containsExactly("plan.pdf", "plan.jpg", "plan.png");
		assertThat(documents().findValuesAsText("id"))
			.containsAll(kept.stream().map(document -> document.get("id").asText()).toList());
	}

	@Test
	void aDownloadCarriesTheSanitisedNameTheStoredTypeAndNoSniffing() {
		String hostileName = "..\\..\\Windows\\facture\u202Efdp.exe";
		JsonNode document = api.as(applicant)
			.upload(documentsPath(), "BANK_DETAILS", hostileName, HostileFiles.jpeg())
			.expect(201);
		assertThat(document.get("fileName").asText()).isEqualTo("facturefdp.exe.jpg");
		assertThat(document.get("sha256").asText()).isEqualTo(FileStore.sha256(HostileFiles.jpeg()));

		Api.Response download = api.as(applicant).get(documentsPath() + "/" + document.get("id").asText()).ok();

		assertThat(download.contentType()).isEqualTo("image/jpeg");
		assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.headers().getFirst("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''facturefdp.exe.jpg")
			.doesNotContain("\u202E", "..", "\\");
		assertThat(download.body()).isEqualTo(HostileFiles.jpeg());
	}

	@Test
	void aFileOverTheLimitGetsA413InFrenchAndTheDossierIsUnchanged() {
		JsonNode before = documents();
		byte[] tooLarge = new byte[10 * MEGABYTE + 1];

		Api.Response refused = api.as(applicant).upload(documentsPath(), "BANK_DETAILS", "scan.pdf", tooLarge);

		JsonNode problem = refused.expect(413);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(problem.get("title").asText()).isEqualTo("Fichier trop volumineux");
		assertThat(problem.get("detail").asText()).contains("10 Mo");
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void aRequestFarOverTheLimitStillGetsItsAnswer() {
		Api.Response refused = api.as(applicant)
			.upload(documentsPath(), "BANK_DETAILS", "scan.pdf", new byte[40 * MEGABYTE]);

		assertThat(refused.expect(413).get("title").asText()).isEqualTo("Fichier trop volumineux");
	}

	@Test
	void anImportThatIsNotTextIsRefusedBeforeAnyLineIsRead() {
		JsonNode before = api.as("finance").get("/api/finance/history-imports").expect(200);

		JsonNode problem = api.as("finance")
			.uploadFile("/api/finance/history-imports", "historique.csv", HostileFiles.windowsExecutable())
			.expect(400);

		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
		assertThat(problem.at("/errors/0/message").asText()).contains("doit être un fichier CSV", "programme exécutable");
		assertThat(api.as("finance").get("/api/finance/history-imports").expect(200)).isEqualTo(before);
	}

	@Test
	void thePageShowsTheRefusalInFrenchAndKeepsTheDossier() {
		JsonNode before = documents();
		WebSession session = WebSession.logIn(port, applicant);
		String page = "/espace/dossiers/" + dossierId + "/pieces";

		HttpResponse<String> posted = session.upload(page, page, Map.of(), "piece-BANK_DETAILS", "rib.pdf",
				HostileFiles.windowsExecutable());

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(session.get(page).body()).contains("Pièce refusée", "programme exécutable");
		assertThat(documents()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} MB")
	@ValueSource(ints = { 11, 31 })
	void thePageShowsATooLargeFileInFrenchAndKeepsTheDossier(int megabytes) {
		JsonNode before = documents();
		WebSession session = WebSession.logIn(port, applicant);
		String page = "/espace/dossiers/" + dossierId + "/pieces";

		HttpResponse<String> posted = session.upload(page, page, Map.of(), "piece-BANK_DETAILS", "scan.pdf",
				new byte[megabytes * MEGABYTE]);

		assertThat(posted.statusCode()).as("back to the form, not refused as a CSRF failure").isEqualTo(302);
		assertThat(session.get(page).body()).contains("dépasse la taille maximale autorisée : 10 Mo par fichier");
		assertThat(documents()).isEqualTo(before);
	}

	private String documentsPath() {
		return "/api/dossiers/" + dossierId + "/documents";
	}

	private JsonNode documents() {
		return api.as(applicant).get(documentsPath()).expect(200);
	}

}
