package fr.metropolerouen.guichetess.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A scheme as published by {@code GET /api/schemes}: {@code parameters} are those of the rule-set version in force
 * today, {@code ruleSetVersion}.
 */
public record SchemeView(AidScheme code, String name, String referencePrefix, Map<String, BigDecimal> parameters,
		String ruleSetVersion, List<String> paymentKinds, List<DocumentType> requiredDocuments,
		List<DocumentType> paymentProofDocuments, List<DocumentType> grantDocuments) {
}
