package fr.metropolerouen.guichetess.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileStoreTests {

	/** FIPS 180-2, appendix B.1. */
	private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	private static final String SHA256_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	@TempDir
	Path root;

	@Test
	void theKeyIsTheSha256OfTheContentInLowerCaseHex() {
		FileStore.StoredFile stored = store().store(ascii("abc"));

		assertThat(stored.key()).isEqualTo(SHA256_OF_ABC);
		assertThat(stored.sha256()).isEqualTo(SHA256_OF_ABC);
		assertThat(stored.size()).isEqualTo(3);
		assertThat(FileStore.sha256(new byte[0])).isEqualTo(SHA256_OF_NOTHING);
	}

	@Test
	void readingGivesBackTheStoredBytes() {
		FileStore store = store();
		byte[] content = "Statuts de l'association « Les Ateliers » – version signée".getBytes(StandardCharsets.UTF_8);

		String key = store.store(content).key();

		assertThat(store.read(key)).isEqualTo(content);
	}

	@Test
	void theSameBytesStoredTwiceGiveOneFileAndTheSameKey() throws IOException {
		FileStore store = store();

		FileStore.StoredFile first = store.store(ascii("abc"));
		FileStore.StoredFile second = store.store(ascii("abc"));

		assertThat(second).isEqualTo(first);
		assertThat(regularFiles()).containsExactly(root.resolve("ba").resolve(SHA256_OF_ABC));
	}

	@Test
	void differentBytesGiveDifferentFiles() throws IOException {
		FileStore store = store();

		String abc = store.store(ascii("abc")).key();
		String abd = store.store(ascii("abd")).key();

		assertThat(abd).isNotEqualTo(abc);
		assertThat(regularFiles()).hasSize(2);
		assertThat(store.read(abc)).isEqualTo(ascii("abc"));
		assertThat(store.read(abd)).isEqualTo(ascii("abd"));
	}

	@Test
	void theStorageFolderIsCreatedWhenMissing() {
		FileStore store = new FileStore(new StorageProperties(root.resolve("not/yet/there")));

		String key = store.store(ascii("abc")).key();

		assertThat(root.resolve("not/yet/there/ba").resolve(SHA256_OF_ABC)).exists();
		assertThat(store.read(key)).isEqualTo(ascii("abc"));
	}

	/** ASVS 12.4.1: files from outside are kept with limited permissions (temporary files are created rw-------). */
	@Test
	void aStoredFileIsReadableAndWritableByTheServiceAccountOnly() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");

		String key = store().store(ascii("abc")).key();

		assertThat(Files.getPosixFilePermissions(root.resolve(key.substring(0, 2)).resolve(key)))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "../../etc/passwd",
			"BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
			"ba/../ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2" })
	void aMalformedKeyIsRefused(String key) {
		FileStore store = store();
		store.store(ascii("abc"));

		assertThatThrownBy(() -> store.read(key)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("Not a storage key");
	}

	@Test
	void anUnknownKeyCannotBeRead() {
		assertThatThrownBy(() -> store().read(SHA256_OF_NOTHING)).isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining(SHA256_OF_NOTHING);
	}

	private FileStore store() {
		return new FileStore(new StorageProperties(root));
	}

	private List<Path> regularFiles() throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
