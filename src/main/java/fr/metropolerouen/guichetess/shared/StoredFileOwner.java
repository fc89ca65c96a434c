package fr.metropolerouen.guichetess.shared;

/**
 * A module that keeps files in the {@link FileStore}. The store holds identical bytes once for every record that
 * refers to them (the same statutes uploaded to two dossiers, say), so a file may be deleted only when no owner
 * still refers to it.
 */
public interface StoredFileOwner {

	boolean stillUses(String sha256);

}
