package fr.metropolerouen.guichetess.letter;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Renders the administrative documents that are not a dossier's letter (the minutes of a session, the annual
 * report), from their templates in {@code templates/letters}, with the same letterhead and fonts as the letters.
 */
@Service
public class PdfDocuments {

	private final LetterRenderer renderer;

	private final LetterProperties properties;

	PdfDocuments(LetterRenderer renderer, LetterProperties properties) {
		this.renderer = renderer;
		this.properties = properties;
	}

	/** The minutes (procès-verbal) of a committee session; the model is described in templates/README.md. */
	public byte[] committeeMinutes(Map<String, Object> model) {
		return render("committee-minutes", model);
	}

	/** The annual report of the programme for its annual meeting; the model is described in templates/README.md. */
	public byte[] annualReport(Map<String, Object> model) {
		return render("annual-report", model);
	}

	private byte[] render(String template, Map<String, Object> model) {
		Map<String, Object> withLetterhead = new HashMap<>(model);
		withLetterhead.put("authority", properties.authority());
		withLetterhead.put("signatory", properties.signatory());
		return renderer.render(template, withLetterhead);
	}

}
