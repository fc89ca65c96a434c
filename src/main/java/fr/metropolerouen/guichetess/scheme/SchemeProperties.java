package fr.metropolerouen.guichetess.scheme;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What does not change with the rules: each scheme's name, the documents it asks for and the kinds of payment it
 * makes ({@code guichet.schemes}). Rates, caps and thresholds are in the rule-set versions.
 */
@ConfigurationProperties("guichet")
record SchemeProperties(Map<AidScheme, Definition> schemes) {

	/**
	 * @param grantDocuments documents the beneficiary provides after the grant, other than payment proofs (the
	 *        signed grant agreement)
	 */
	record Definition(String name, List<String> paymentKinds, List<DocumentType> requiredDocuments,
			List<DocumentType> paymentProofDocuments, List<DocumentType> grantDocuments) {

		Definition {
			grantDocuments = grantDocuments == null ? List.of() : List.copyOf(grantDocuments);
		}

	}

}
