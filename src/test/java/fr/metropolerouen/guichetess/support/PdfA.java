package fr.metropolerouen.guichetess.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Checks PDFs against PDF/A-2b (ISO 19005-2, level b) with veraPDF, the validator of the PDF Association: tests
 * assert that the list of broken rules is empty, so that a failure names each rule and why.
 */
public final class PdfA {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfA() {
	}

	/**
	 * The PDF/A-2b rules the document breaks, one line a rule: clause and test number, the rule's description, and
	 * its first failure's message and location; empty for a compliant document.
	 */
	public static List<String> violationsOfPdfA2b(byte[] pdf) {
		PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			Map<RuleId, String> violations = new LinkedHashMap<>();
			result.getTestAssertions()
				.stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.forEach(assertion -> violations.computeIfAbsent(assertion.getRuleId(),
						id -> describe(validator.getProfile().getRuleByRuleId(id), assertion)));
			if (!result.isCompliant() && violations.isEmpty()) {
				return List.of("not compliant: " + result.getFailedChecks());
			}
			return List.copyOf(violations.values());
		}
		catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
			return List.of("not readable as PDF/A-2b: " + e);
		}
	}

	private static String describe(Rule rule, TestAssertion assertion) {
		RuleId id = assertion.getRuleId();
		return id.getClause() + "-" + id.getTestNumber() + " " + (rule == null ? "" : rule.getDescription()) + " ("
				+ assertion.getErrorMessage() + " at " + assertion.getLocationContext() + ")";
	}

}
