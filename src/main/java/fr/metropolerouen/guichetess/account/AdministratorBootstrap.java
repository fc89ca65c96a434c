package fr.metropolerouen.guichetess.account;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Opens the first administrator account from the environment ({@code GUICHET_ADMIN_USERNAME},
 * {@code GUICHET_ADMIN_PASSWORD}, {@code GUICHET_ADMIN_EMAIL}) when it does not exist yet: a production database
 * starts empty, and somebody must be able to open the staff's accounts.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final Accounts accounts;

	private final String username;

	private final String password;

	private final String email;

	AdministratorBootstrap(Accounts accounts, @Value("${guichet.bootstrap.admin.username:}") String username,
			@Value("${guichet.bootstrap.admin.password:}") String password,
			@Value("${guichet.bootstrap.admin.email:}") String email) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
		this.email = email;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (username.isBlank() || password.isBlank() || accounts.exists(username)) {
			return;
		}
		try {
			accounts.create(username, password, email.isBlank() ? username + "@localhost" : email, Role.ADMIN, null);
			log.info("Administrator account '{}' created from the environment", username);
		}
		catch (InvalidRequestException weakPassword) {
			// fail the start-up: an administrator account with a guessable password is worse than none
			throw new IllegalStateException("GUICHET_ADMIN_PASSWORD is refused by the password policy: " + weakPassword
				.errors()
				.stream()
				.map(InvalidRequestException.FieldError::message)
				.toList(), weakPassword);
		}
		catch (ConflictException | DataIntegrityViolationException e) {
			// nodes of a cluster started together: another one created it between our check and our insert
			if (!accounts.exists(username)) {
				throw e;
			}
			log.info("Administrator account '{}' created by another node", username);
		}
	}

}
