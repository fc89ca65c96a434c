package fr.metropolerouen.guichetess.finance;

import java.util.Map;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.Siret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the open-data export of granted subsidies says of the granting authority ({@code guichet.open-data}).
 *
 * @param authoritySiret the Métropole's SIRET; deliberately without default: the export is refused until it is set
 * @param raeIds the schemes' numbers in the Répertoire des aides aux entreprises, when they have one
 */
@ConfigurationProperties("guichet.open-data")
record OpenDataProperties(String authorityName, String authoritySiret,
		@DefaultValue("aide en numéraire") String aidNature, Map<AidScheme, String> raeIds) {

	OpenDataProperties {
		authoritySiret = authoritySiret == null || authoritySiret.isBlank() ? null : authoritySiret.strip();
		if (authoritySiret != null && !Siret.isValid(authoritySiret)) {
			throw new IllegalArgumentException("guichet.open-data.authority-siret « " + authoritySiret
					+ " » is not a valid SIRET (14 digits and a valid key)");
		}
		raeIds = raeIds == null ? Map.of() : Map.copyOf(raeIds);
		raeIds.forEach((scheme, id) -> {
			if (id.length() > 5) {
				throw new IllegalArgumentException("guichet.open-data.rae-ids." + scheme + " has more than 5 characters");
			}
		});
	}

}
