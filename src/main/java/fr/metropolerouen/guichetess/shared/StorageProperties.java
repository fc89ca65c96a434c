package fr.metropolerouen.guichetess.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where uploaded documents and generated letters are kept ({@code guichet.storage.directory}). */
@ConfigurationProperties("guichet.storage")
record StorageProperties(Path directory) {
}
