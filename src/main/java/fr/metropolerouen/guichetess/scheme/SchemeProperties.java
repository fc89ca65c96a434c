package fr.metropolerouen.guichetess.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scheme definitions from configuration ({@code guichet.schemes}): the Métropole adjusts values without a code
 * change. Values marked [D] in the domain notes are defaults awaiting the Métropole's confirmation.
 */
@ConfigurationProperties("guichet")
record SchemeProperties(Map<AidScheme, Definition> schemes, DeMinimis deMinimis) {

	record Definition(String name, Parameters parameters, List<String> paymentKinds,
			List<DocumentType> requiredDocuments, List<DocumentType> paymentProofDocuments) {
	}

	/**
	 * Immobilier: {@code aidRate} of eligible expenses, capped at {@code aidCap}. Location: the rent of each of the
	 * first three years is covered at {@code firstYearRate}, {@code secondYearRate}, {@code thirdYearRate}, capped at
	 * {@code aidCap}.
	 */
	record Parameters(BigDecimal aidRate, BigDecimal aidCap, BigDecimal firstYearRate, BigDecimal secondYearRate,
			BigDecimal thirdYearRate) {
	}

	/** EU regulation 2023/2831: ceiling per single undertaking over a rolling window. */
	record DeMinimis(BigDecimal ceiling, int windowYears) {
	}

}
