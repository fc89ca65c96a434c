package fr.metropolerouen.guichetess.account;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way user names and passwords are checked, for the login form and the API: the accounts' hashes
 * ({@link PasswordHashing}, old hashes upgraded at login), behind the login throttle.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LoginThrottle.Limits.class, VerifiedCredentials.Settings.class })
class PasswordLogin {

	@Bean
	AuthenticationProvider accountAuthentication(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, VerifiedCredentials verified) {
		AccountUserDetailsService userDetails = new AccountUserDetailsService(accounts);
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setUserDetailsPasswordService(userDetails);
		return new ThrottledAuthenticationProvider(passwords, throttle, userDetails, verified);
	}

	@Bean
	VerifiedCredentials verifiedCredentials(VerifiedCredentials.Settings settings, Clock clock) {
		return new VerifiedCredentials(settings, clock);
	}

}
