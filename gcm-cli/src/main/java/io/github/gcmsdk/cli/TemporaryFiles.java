package io.github.gcmsdk.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files that {@code gcm format} writes beside the files it replaces.
 *
 * <p>A name is short whatever the name of the file replaced ({@code .gcm-format.PID.RANDOM.tmp},
 * under 50 characters), hidden, and carries the id of the process that made it. A shutdown hook
 * deletes the files still in progress when the JVM stops (on SIGINT, SIGTERM or SIGHUP too); what a
 * process killed outright leaves, a later run removes: a file with this name whose process is no
 * longer alive.
 */
final class TemporaryFiles {

  private static final String PREFIX = ".gcm-format.";
  private static final Pattern NAME =
      Pattern.compile("\\.gcm-format\\.([0-9]{1,18})\\.[0-9a-z]{1,13}\\.tmp");
  private static final long PID = ProcessHandle.current().pid();

  /** Files in progress; guarded by the class, like {@link #stopping}. */
  private static final Set<Path> IN_PROGRESS = new LinkedHashSet<>();
  private static boolean stopping;
  private static boolean hooked;

  private TemporaryFiles() {}

  /**
   * Creates an empty temporary file in a directory, readable and writable by its owner only.
   *
   * @throws IOException if it cannot be created, or the JVM is stopping
   */
  static synchronized Path create(Path directory) throws IOException {
    // Creating under the lock: the hook (which takes it too) then sees every file created.
    if (stopping) {
      throw new IOException("gcm is stopping");
    }
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteAll, "gcm-cleanup"));
      hooked = true;
    }
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] ownerOnly = posix
        ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    while (true) {
      String random = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
      Path file = directory.resolve(PREFIX + PID + "." + random + ".tmp");
      try {
        // exclusive creation: never a file or link that is already there
        Files.createFile(file, ownerOnly);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      IN_PROGRESS.add(file);
      return file;
    }
  }

  /** Deletes a temporary file, if it is still there. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing better to do: a later run removes it
    }
    forget(file);
  }

  /** Forgets a temporary file that is gone (moved over the file it replaces). */
  static synchronized void forget(Path file) {
    IN_PROGRESS.remove(file);
  }

  private static synchronized void deleteAll() {
    stopping = true;
    for (Path file : IN_PROGRESS) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // the JVM is stopping: nothing better to do
      }
    }
    IN_PROGRESS.clear();
  }

  /**
   * Removes the temporary files that runs no longer alive left in a directory (killed with
   * SIGKILL, or by a power cut), and only those.
   *
   * @return the names of the files removed
   */
  static List<String> removeLeftovers(Path directory) {
    List<String> removed = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*.tmp")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        Matcher matcher = NAME.matcher(name);
        if (matcher.matches() && !isAlive(Long.parseLong(matcher.group(1)))
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(file);
          removed.add(name);
        }
      }
    } catch (IOException e) {
      // a leftover stays: it harms nothing but space, and the run goes on
    }
    return removed;
  }

  private static boolean isAlive(long pid) {
    // A live process of the same id may be another program: its file is kept, to be safe.
    return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
