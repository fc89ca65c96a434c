package fr.metropolerouen.guichetess.steering;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param implicitRejectionWarningDays a dossier without a decision is shown as near its implicit-rejection date when
 * that date is at most this many days away
 */
@ConfigurationProperties("guichet.steering")
record SteeringProperties(@DefaultValue("15") int implicitRejectionWarningDays) {
}
