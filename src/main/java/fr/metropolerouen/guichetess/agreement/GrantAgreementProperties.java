package fr.metropolerouen.guichetess.agreement;

import java.math.BigDecimal;
import java.util.Map;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When grants need an agreement ({@code guichet.grant-agreements}).
 *
 * @param rules per scheme; a scheme not listed follows ABOVE_ANNUAL_THRESHOLD
 * @param annualThreshold the annual amount above which an agreement is required (loi 2000-321, art. 10)
 */
@ConfigurationProperties("guichet.grant-agreements")
record GrantAgreementProperties(Map<AidScheme, AgreementRule> rules,
		@DefaultValue("23000") BigDecimal annualThreshold) {

	GrantAgreementProperties {
		rules = rules == null ? Map.of() : Map.copyOf(rules);
	}

	AgreementRule ruleOf(AidScheme scheme) {
		return rules.getOrDefault(scheme, AgreementRule.ABOVE_ANNUAL_THRESHOLD);
	}

}
