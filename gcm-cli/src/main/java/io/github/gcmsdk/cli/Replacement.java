package io.github.gcmsdk.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces a file with new content without ever leaving half a file, and without changing what
 * the file is: links are followed to the real file; its owner, group and mode (setuid, setgid and
 * sticky bits included) are kept, or it is not replaced; a file that may not be written is not
 * replaced, nor one with other hard links (replacing it would split them, writing it in place
 * could leave half a file behind every one of its names).
 *
 * <p>The content goes to a {@link TemporaryFiles temporary file} beside the real file, is forced
 * to the disk, then the temporary file is renamed over the real one, and the directory forced to
 * the disk where the platform allows it. "Read-only" is judged from the permission bits as well as
 * from {@link Files#isWritable}: root may write anything, but a file or directory without any
 * write bit is one its owner has declared read-only (Vim decides the same way).
 *
 * <p>Not thread-safe. Extended attributes and access control lists are not copied.
 */
final class Replacement {

  /** Why a file is not replaced; the message completes "not formatted: ". */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  private final Path file;
  private final Map<String, Object> attributes;
  private final boolean unix;
  private final Optional<String> refusal;
  private Path temporary;
  private FileChannel channel;
  private OutputStream out;

  /** Whether the file is new: no owner to keep. */
  private final boolean created;

  private Replacement(Path file, Map<String, Object> attributes, boolean unix,
      Optional<String> refusal, boolean created) {
    this.file = file;
    this.attributes = attributes;
    this.unix = unix;
    this.refusal = refusal;
    this.created = created;
  }

  /**
   * Looks at a file to write: replaced as {@link #of(Path)} replaces it if it exists, otherwise
   * created, in the same safe way (a temporary file renamed to its name), with mode
   * {@code rw-r--r--}. Writes nothing.
   *
   * @throws IOException if the file's or its directory's attributes cannot be read, or the
   *     directory does not exist
   */
  static Replacement ofNewOrExisting(Path path) throws IOException {
    if (Files.exists(path)) {
      return of(path);
    }
    Path absolute = path.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null) {
      throw new Refused("it is not a file name");
    }
    Path file = parent.toRealPath().resolve(absolute.getFileName().toString());
    boolean unix = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    Optional<String> refusal = Optional.empty();
    if (!Files.isWritable(file.getParent())
        || unix && noWriteBit((Integer) Files.getAttribute(file.getParent(), "unix:mode"))) {
      refusal = Optional.of("its directory is read-only");
    }
    return new Replacement(file, unix ? Map.of("mode", 0644) : Map.of(), unix, refusal, true);
  }

  /**
   * Looks at a file to replace: follows links to the real file, reads its attributes and decides
   * whether it may be replaced. Writes nothing.
   *
   * @throws IOException if the file's attributes cannot be read
   */
  static Replacement of(Path path) throws IOException {
    Path file = path.toRealPath();
    Path directory = file.getParent();
    boolean unix = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    Map<String, Object> attributes =
        unix ? Files.readAttributes(file, "unix:mode,uid,gid,nlink") : Map.of();
    Optional<String> refusal = Optional.empty();
    if (!Files.isWritable(file) || unix && noWriteBit((Integer) attributes.get("mode"))) {
      refusal = Optional.of("the file is read-only");
    } else if (unix && (Integer) attributes.get("nlink") > 1) {
      refusal = Optional.of("it has " + attributes.get("nlink") + " hard links, which replacing"
          + " it would split; format a copy, then copy it over the file (cp writes in place)");
    } else if (!Files.isWritable(directory)
        || unix && noWriteBit((Integer) Files.getAttribute(directory, "unix:mode"))) {
      refusal = Optional.of("its directory is read-only");
    }
    return new Replacement(file, attributes, unix, refusal, false);
  }

  private static boolean noWriteBit(int mode) {
    return (mode & 0222) == 0;
  }

  /** Why the file may not be replaced, if it may not. */
  Optional<String> refusal() {
    return refusal;
  }

  /** The real file (links followed). */
  Path file() {
    return file;
  }

  /** The directory of the real file, where the temporary file goes. */
  Path directory() {
    return file.getParent();
  }

  /**
   * Creates the temporary file, owned as the real file is, and opens it for writing.
   *
   * @throws Refused if the owner or group cannot be kept
   * @throws IOException if the file cannot be created
   */
  OutputStream open() throws IOException {
    temporary = TemporaryFiles.create(directory());
    try {
      channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
      out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      if (unix && !created) {
        keepOwner(); // now, before writing: if it cannot be done, nothing is written in vain
      }
      return out;
    } catch (IOException | RuntimeException e) {
      abandon();
      throw e;
    }
  }

  private void keepOwner() throws Refused, IOException {
    Map<String, Object> created = Files.readAttributes(temporary, "unix:uid,gid");
    try {
      if (!created.get("uid").equals(attributes.get("uid"))) {
        Files.setAttribute(temporary, "unix:uid", attributes.get("uid"));
      }
      if (!created.get("gid").equals(attributes.get("gid"))) {
        Files.setAttribute(temporary, "unix:gid", attributes.get("gid"));
      }
    } catch (FileSystemException e) {
      throw new Refused("its owner and group (" + attributes.get("uid") + ":"
          + attributes.get("gid") + ") cannot be kept: run as its owner or as root");
    }
  }

  /**
   * Gives the temporary file the mode of the real file, forces it to the disk and renames it over
   * the real file.
   *
   * @throws Refused if the mode cannot be kept
   * @throws IOException if writing or renaming fails; the real file is then as it was
   */
  void commit() throws IOException {
    try {
      out.flush();
      if (unix) {
        // after the writes, which may clear the setuid and setgid bits
        int mode = (Integer) attributes.get("mode") & 07777;
        Files.setAttribute(temporary, "unix:mode", mode);
        int set = (Integer) Files.getAttribute(temporary, "unix:mode") & 07777;
        if (set != mode) {
          throw new Refused("its mode (" + Integer.toOctalString(mode) + ") cannot be kept");
        }
      }
      channel.force(true); // the bytes on the disk before the name points at them
      out.close();
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      TemporaryFiles.forget(temporary);
      temporary = null;
    } catch (IOException | RuntimeException e) {
      abandon();
      throw e;
    }
    forceDirectory();
  }

  /** Forces the rename to the disk; not every platform can open a directory for that. */
  private void forceDirectory() {
    try (FileChannel directory = FileChannel.open(directory(), StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException e) {
      // the rename is done; only its durability across a power cut is left to the system
    }
  }

  /** Closes and deletes the temporary file, if there is one; the real file is untouched. */
  void abandon() {
    if (temporary == null) {
      return;
    }
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // deleted below all the same
    }
    TemporaryFiles.delete(temporary);
  }
}
