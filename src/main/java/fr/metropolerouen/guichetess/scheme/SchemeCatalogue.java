package fr.metropolerouen.guichetess.scheme;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Service;

/** What each scheme requires and allows, read from configuration. */
@Service
public class SchemeCatalogue {

	private final SchemeProperties properties;

	private final RuleSets ruleSets;

	private final Clock clock;

	SchemeCatalogue(SchemeProperties properties, RuleSets ruleSets, Clock clock) {
		this.properties = properties;
		this.ruleSets = ruleSets;
		this.clock = clock;
		Arrays.stream(AidScheme.values()).forEach(this::definition);
	}

	public List<SchemeView> all() {
		return Arrays.stream(AidScheme.values()).map(this::view).toList();
	}

	public SchemeView view(AidScheme scheme) {
		SchemeProperties.Definition definition = definition(scheme);
		RuleSetVersion current = ruleSets.inForce(scheme, FrenchFormat.today(clock));
		return new SchemeView(scheme, definition.name(), scheme.referencePrefix(), new TreeMap<>(current.parameters()),
				current.version(), definition.paymentKinds(), definition.requiredDocuments(),
				definition.paymentProofDocuments(), definition.grantDocuments());
	}

	public String name(AidScheme scheme) {
		return definition(scheme).name();
	}

	public List<DocumentType> requiredDocuments(AidScheme scheme) {
		return definition(scheme).requiredDocuments();
	}

	public List<DocumentType> paymentProofDocuments(AidScheme scheme) {
		return definition(scheme).paymentProofDocuments();
	}

	/** Documents the beneficiary provides after the grant, other than payment proofs. */
	public List<DocumentType> grantDocuments(AidScheme scheme) {
		return definition(scheme).grantDocuments();
	}

	public boolean allowsPaymentKind(AidScheme scheme, String kind) {
		return definition(scheme).paymentKinds().contains(kind);
	}

	/** The label of a document type of this scheme, whether it is an application or a payment document. */
	public Optional<String> documentLabel(AidScheme scheme, String code) {
		return Stream
			.of(requiredDocuments(scheme), paymentProofDocuments(scheme), grantDocuments(scheme))
			.flatMap(List::stream)
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

}
