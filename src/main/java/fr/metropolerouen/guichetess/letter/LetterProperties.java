package fr.metropolerouen.guichetess.letter;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The letterhead, signatory and appeal mention, from configuration ({@code guichet.letters}).
 *
 * @param templateDirectory a folder whose templates replace the packaged ones of the same name, without a rebuild
 * @param templateRefresh how long an edited template of that folder may take to be used (default one minute)
 */
@ConfigurationProperties("guichet.letters")
record LetterProperties(Authority authority, Signatory signatory, String appealCourt, String appealCourtAddress,
		Path templateDirectory, Duration templateRefresh) {

	Duration refresh() {
		return templateRefresh == null ? Duration.ofMinutes(1) : templateRefresh;
	}

	record Authority(String name, String department, String address, String city, String phone, String email) {
	}

	record Signatory(String name, String title) {
	}

}
