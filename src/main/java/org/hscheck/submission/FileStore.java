package org.hscheck.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Uploaded files under generated names in {@code hscheck.storage-dir}, outside any served folder. The uploaded
 * file name is never part of a path. Writes are atomic (temporary file, then rename). Thread-safe.
 */
@Component
public class FileStore {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
  private final Path root;

  FileStore(StorageProperties properties) {
    this.root = properties.storageDir().toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store directory " + root, e);
    }
  }

  /** Stores the content under a new generated key and returns the key. */
  public String store(byte[] content) {
    String key = UUID.randomUUID().toString().replace("-", "");
    Path target = path(key);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), key, ".part");
      Files.write(tmp, content);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write file " + key + " to the file store " + root, e);
    }
  }

  /**
   * The content stored under a key.
   *
   * @throws IllegalArgumentException if the key is not one this store generates or nothing is stored under it
   */
  public byte[] load(String key) {
    try {
      return Files.readAllBytes(path(key));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no file is stored under key " + key, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read file " + key + " from the file store " + root, e);
    }
  }

  /** The directory of the store. */
  public Path root() {
    return root;
  }

  private Path path(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("'" + key + "' is not a file store key");
    }
    return root.resolve(key.substring(0, 2)).resolve(key);
  }
}
