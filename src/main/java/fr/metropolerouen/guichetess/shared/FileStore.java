package fr.metropolerouen.guichetess.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Content-addressed storage of uploaded documents and generated letters: a file is named after its SHA-256, written
 * once (atomically) and never modified, so storing the same bytes twice is harmless and a stored hash proves
 * integrity. Metadata lives in the database of the owning module.
 */
@Component
public class FileStore {

	private final Path root;

	FileStore(StorageProperties properties) {
		this.root = properties.directory().toAbsolutePath().normalize();
	}

	public StoredFile store(byte[] content) {
		String sha256 = sha256(content);
		Path target = pathOf(sha256);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
				Files.write(temporary, content);
				moveInPlace(temporary, target);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store file " + sha256, e);
		}
		return new StoredFile(sha256, sha256, content.length);
	}

	public byte[] read(String key) {
		try {
			return Files.readAllBytes(pathOf(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read stored file " + key, e);
		}
	}

	/**
	 * Deletes a stored file for good (end of its retention period). Only once no module still uses it: see
	 * {@link StoredFileOwner}, since identical bytes are stored once for every record that holds them.
	 */
	public void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot delete stored file " + key, e);
		}
	}

	public boolean exists(String key) {
		return Files.exists(pathOf(key));
	}

	/** The SHA-256 of any bytes, in lower-case hex: a stored file's key, and the one digest of the whole code base. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
		}
	}

	private Path pathOf(String key) {
		if (!key.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

	private static void moveInPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	public record StoredFile(String key, String sha256, long size) {
	}

}
