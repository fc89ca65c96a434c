package fr.metropolerouen.guichetess.letter;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The letterhead, signatory and appeal mention, from configuration ({@code guichet.letters}).
 *
 * @param templateDirectory a folder whose templates replace the packaged ones of the same name, without a rebuild
 */
@ConfigurationProperties("guichet.letters")
record LetterProperties(Authority authority, Signatory signatory, String appealCourt, String appealCourtAddress,
		Path templateDirectory) {

	record Authority(String name, String department, String address, String city, String phone, String email) {
	}

	record Signatory(String name, String title) {
	}

}
