package fr.metropolerouen.guichetess.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import fr.metropolerouen.guichetess.account.Accounts;
import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import fr.metropolerouen.guichetess.applicant.OrganisationDetails;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates what is missing of the demo data at start-up; existing data is left as it is, so restarts keep what users
 * did. Passwords equal user names: this profile is for demonstrations only.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final Map<String, Role> STAFF = Map.of("officer", Role.OFFICER, "committee", Role.COMMITTEE,
			"finance", Role.FINANCE, "admin", Role.ADMIN);

	private static final Map<AidScheme, BigDecimal> ENVELOPES = Map.of(AidScheme.IMMOBILIER_ESS,
			new BigDecimal("500000.00"), AidScheme.LOCATION_ESS, new BigDecimal("50000.00"));

	private final Accounts accounts;

	private final Organisations organisations;

	private final EnvelopeLedger ledger;

	private final Clock clock;

	DemoData(Accounts accounts, Organisations organisations, EnvelopeLedger ledger, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		STAFF.forEach((username, role) -> {
			if (!accounts.exists(username)) {
				accounts.create(username, username, username + "@guichet-ess.example", role, null);
			}
		});
		signUp("applicant-a", new OrganisationDetails("78200000400013", "Association Les Ateliers Solidaires", "9220",
				"76540", "12 rue Jeanne d'Arc, 76000 Rouen", 12, false));
		signUp("applicant-b", new OrganisationDetails("81300000700019", "SCOP Bois et Compagnie", "5458", "76231",
				"5 quai Hippolyte Lesage, 76500 Elbeuf", 8, false));
		int year = FrenchFormat.today(clock).getYear();
		for (int y = year; y <= year + 1; y++) {
			for (Map.Entry<AidScheme, BigDecimal> envelope : ENVELOPES.entrySet()) {
				if (!ledger.exists(envelope.getKey(), y)) {
					ledger.open(envelope.getKey(), y, envelope.getValue(), null, "Enveloppe de démonstration",
							new Actor("demo", Role.FINANCE, null));
				}
			}
		}
		log.info("Demo data ready: accounts officer, committee, finance, admin, applicant-a, applicant-b "
				+ "(password = user name)");
	}

	private void signUp(String username, OrganisationDetails organisation) {
		if (!accounts.exists(username)) {
			organisations.signUp(username, username, username + "@guichet-ess.example", organisation);
		}
	}

}
