package fr.metropolerouen.guichetess.scheme;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

/** What each scheme requires and allows, read from configuration. */
@Service
public class SchemeCatalogue {

	private final SchemeProperties properties;

	SchemeCatalogue(SchemeProperties properties) {
		this.properties = properties;
		Arrays.stream(AidScheme.values()).forEach(this::definition);
	}

	public List<SchemeView> all() {
		return Arrays.stream(AidScheme.values()).map(this::view).toList();
	}

	public SchemeView view(AidScheme scheme) {
		SchemeProperties.Definition definition = definition(scheme);
		return new SchemeView(scheme, definition.name(), scheme.referencePrefix(), parameters(scheme),
				definition.paymentKinds(), definition.requiredDocuments(), definition.paymentProofDocuments());
	}

	public String name(AidScheme scheme) {
		return definition(scheme).name();
	}

	/** Parameters by the name the decision tables use for them; absent parameters are left out. */
	public Map<String, BigDecimal> parameters(AidScheme scheme) {
		SchemeProperties.Parameters p = definition(scheme).parameters();
		Map<String, BigDecimal> parameters = new LinkedHashMap<>();
		putIfPresent(parameters, "aidRate", p.aidRate());
		putIfPresent(parameters, "aidCap", p.aidCap());
		putIfPresent(parameters, "firstYearRate", p.firstYearRate());
		putIfPresent(parameters, "secondYearRate", p.secondYearRate());
		putIfPresent(parameters, "thirdYearRate", p.thirdYearRate());
		return parameters;
	}

	public BigDecimal deMinimisCeiling() {
		return properties.deMinimis().ceiling();
	}

	public int deMinimisWindowYears() {
		return properties.deMinimis().windowYears();
	}

	public List<DocumentType> requiredDocuments(AidScheme scheme) {
		return definition(scheme).requiredDocuments();
	}

	public List<DocumentType> paymentProofDocuments(AidScheme scheme) {
		return definition(scheme).paymentProofDocuments();
	}

	public boolean allowsPaymentKind(AidScheme scheme, String kind) {
		return definition(scheme).paymentKinds().contains(kind);
	}

	/** The label of a document type of this scheme, whether it is an application or a payment document. */
	public Optional<String> documentLabel(AidScheme scheme, String code) {
		return Stream
			.concat(requiredDocuments(scheme).stream(), paymentProofDocuments(scheme).stream())
			.filter(type -> type.code().equals(code))
			.map(DocumentType::label)
			.findFirst();
	}

	private SchemeProperties.Definition definition(AidScheme scheme) {
		SchemeProperties.Definition definition = properties.schemes() == null ? null
				: properties.schemes().get(scheme);
		if (definition == null) {
			throw new IllegalStateException("Scheme " + scheme + " is not configured under guichet.schemes");
		}
		return definition;
	}

	private static void putIfPresent(Map<String, BigDecimal> map, String key, BigDecimal value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
