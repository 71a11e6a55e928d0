package dev.guide.store;

import dev.guide.ExitCode;
import dev.guide.GuideException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A passphrase kept in a file, for scripts and tests ({@code GUIDE_PASSPHRASE_FILE}): its first
 * line, without the line end. The file must be readable by its owner only; any other is refused,
 * since a passphrase others can read protects nothing.
 */
public final class PassphraseFile {

  private static final int MAX_BYTES = 4096;
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private PassphraseFile() {}

  /** The passphrase in {@code file}; {@code named} says where the name came from, for messages. */
  public static Passphrase read(Path file, String named) throws GuideException {
    String where = named + " (" + file + ")";
    if (Files.isDirectory(file)) {
      throw usage(where + " is a folder; name a file whose first line is the passphrase");
    }
    String unset = named.startsWith("--") ? "give another FILE to " + named : "unset " + named;
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // Opening a pipe would wait for a writer for ever.
      throw usage(where + " is not a regular file (a pipe or a device); write the passphrase on the first line of a "
          + "file, or " + unset);
    }
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        permissions.retainAll(OTHERS);
        if (!permissions.isEmpty()) {
          throw usage(where + " can be read or changed by others; make it yours alone with 'chmod 600 " + file
              + "', or the passphrase in it protects nothing");
        }
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      int end = 0;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      if (end > MAX_BYTES) {
        Arrays.fill(bytes, (byte) 0);
        throw usage(where + " has a first line longer than " + MAX_BYTES + " bytes; a passphrase is a line of a few "
            + "words (it was not cut short and used)");
      }
      int length = end > 0 && bytes[end - 1] == '\r' ? end - 1 : end;
      int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, length - start));
      char[] passphrase = Arrays.copyOf(chars.array(), chars.limit());
      Arrays.fill(bytes, (byte) 0);
      Arrays.fill(chars.array(), '\0');
      if (passphrase.length == 0) {
        throw usage(where + " has no passphrase on its first line");
      }
      Passphrase result = new Passphrase(passphrase);
      Arrays.fill(passphrase, '\0');
      return result;
    } catch (NoSuchFileException e) {
      throw usage(where + " does not exist; write the passphrase on its first line, or " + unset);
    } catch (CharacterCodingException e) {
      throw usage(where + " is not UTF-8 text; write the passphrase on its first line");
    } catch (IOException e) {
      throw usage(where + " cannot be read: " + e.getMessage());
    }
  }

  private static GuideException usage(String message) {
    return new GuideException(ExitCode.USAGE, message);
  }
}
