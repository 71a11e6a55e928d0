package dev.guide.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The file {@code keyring} in a locked data folder: it marks the folder as locked and recognises
 * the passphrase. It holds one entry for each passphrase that opens the folder, each a locked
 * file (see {@link LockedFile}) of its own, hex-encoded on a line; an entry opened with its
 * passphrase lists the keys that passphrase gives, the key for new files first, naming its own
 * key by a word rather than holding it (a key is never encrypted under itself). Most of the time
 * there is one passphrase and one key. While {@code guide passphrase} changes it, there are two
 * entries, each listing both keys, so every file opens with either passphrase whatever moment
 * the change is stopped at. Nothing in it is readable without a passphrase. While a change locks
 * files that were in plain JSON, each entry also lists their SHA-256 digests ("plain ..."): in a
 * locked folder, a plain file is used only when the change that is under way left it, never one
 * put there since.
 */
final class Keyring {

  static final String NAME = "keyring";
  private static final String FIRST_LINE = "guide-keyring v1";
  private static final String KEYS_LINE = "guide-keys v1";
  private static final String OWN = "own";
  private static final String PLAIN = "plain ";

  /**
   * What a passphrase opened: the entry's own key (to write the entry again), and the keys it
   * gives, the first for new files.
   */
  record Keys(Passphrase passphrase, LockedFile.MasterKey own, List<LockedFile.MasterKey> keys, Set<String> plain) {
    Keys {
      keys = List.copyOf(keys);
      plain = Set.copyOf(plain);
    }

    Keys(Passphrase passphrase, LockedFile.MasterKey own, List<LockedFile.MasterKey> keys) {
      this(passphrase, own, keys, Set.of());
    }

    LockedFile.MasterKey writing() {
      return keys.get(0);
    }

    /** The key for a file's header: one the keyring gave, else derived from the passphrase (slow, once a salt). */
    byte[] keyFor(LockedFile.Header header) {
      for (LockedFile.MasterKey key : keys) {
        if (key.kdf().equals(header.kdf())) {
          return key.key();
        }
      }
      return passphrase.derive(header.kdfSalt(), header.iterations());
    }
  }

  /** One entry to write: a passphrase's key, the keys it gives, and the digests of plain files a change is locking. */
  record Entry(LockedFile.MasterKey own, List<LockedFile.MasterKey> keys, Set<String> plain) {
    Entry {
      keys = List.copyOf(keys);
      plain = Set.copyOf(plain);
    }

    Entry(LockedFile.MasterKey own, List<LockedFile.MasterKey> keys) {
      this(own, keys, Set.of());
    }
  }

  private Keyring() {}

  /** The keys {@code passphrase} opens in this keyring; empty when it opens no entry (a wrong passphrase). */
  static Optional<Keys> unlock(byte[] stored, Passphrase passphrase) throws LockedFile.Refused {
    List<byte[]> entries = entries(stored);
    for (byte[] entry : entries) {
      LockedFile.Header header;
      try {
        header = LockedFile.header(entry);
      } catch (LockedFile.Refused e) {
        throw new LockedFile.Refused("it is damaged: " + e.getMessage());
      }
      byte[] own = passphrase.derive(header.kdfSalt(), header.iterations());
      byte[] plain;
      try {
        plain = LockedFile.open(entry, header, own);
      } catch (LockedFile.Refused wrongPassphrase) {
        continue;
      }
      LockedFile.MasterKey ownKey = new LockedFile.MasterKey(header.iterations(), header.kdfSalt(), own);
      return Optional.of(new Keys(passphrase, ownKey, keys(plain, ownKey), digests(plain)));
    }
    return Optional.empty();
  }

  /** Refuses a keyring whose lines or entry headers are damaged, without a passphrase. */
  static void check(byte[] stored) throws LockedFile.Refused {
    for (byte[] entry : entries(stored)) {
      try {
        LockedFile.header(entry);
      } catch (LockedFile.Refused e) {
        throw new LockedFile.Refused("it is damaged: " + e.getMessage());
      }
    }
  }

  static byte[] write(List<Entry> entries) {
    StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
    for (Entry entry : entries) {
      StringBuilder keys = new StringBuilder(KEYS_LINE).append('\n');
      for (LockedFile.MasterKey key : entry.keys()) {
        // An entry never holds the key it is locked with, only a word for it.
        if (key.kdf().equals(entry.own().kdf())) {
          keys.append(OWN).append('\n');
        } else {
          keys.append(key.iterations()).append(' ').append(LockedFile.hex(key.salt())).append(' ')
              .append(LockedFile.hex(key.key())).append('\n');
        }
      }
      entry.plain().stream().sorted().forEach(digest -> keys.append(PLAIN).append(digest).append('\n'));
      text.append(LockedFile.hex(LockedFile.seal(keys.toString().getBytes(StandardCharsets.US_ASCII), entry.own())))
          .append('\n');
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static List<byte[]> entries(byte[] stored) throws LockedFile.Refused {
    String text = new String(stored, StandardCharsets.ISO_8859_1);
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(FIRST_LINE) || !text.endsWith("\n")) {
      throw new LockedFile.Refused("it is damaged, or was written by a newer guide");
    }
    List<byte[]> entries = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      try {
        entries.add(HexFormat.of().parseHex(line));
      } catch (IllegalArgumentException e) {
        throw new LockedFile.Refused("it is damaged: a line is not an entry");
      }
    }
    if (entries.isEmpty() || entries.size() > 2) {
      throw new LockedFile.Refused("it is damaged: it holds " + entries.size() + " entries");
    }
    return entries;
  }

  private static List<LockedFile.MasterKey> keys(byte[] plain, LockedFile.MasterKey own) throws LockedFile.Refused {
    List<String> lines = new String(plain, StandardCharsets.US_ASCII).lines().toList();
    if (lines.size() < 2 || !lines.get(0).equals(KEYS_LINE)) {
      throw new LockedFile.Refused("it is damaged: an entry lists no keys");
    }
    List<LockedFile.MasterKey> keys = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith(PLAIN)) {
        continue;
      }
      if (line.equals(OWN)) {
        keys.add(own);
        continue;
      }
      String[] parts = line.split(" ");
      try {
        keys.add(new LockedFile.MasterKey(Integer.parseInt(parts[0]), HexFormat.of().parseHex(parts[1]),
            HexFormat.of().parseHex(parts[2])));
      } catch (RuntimeException e) {
        throw new LockedFile.Refused("it is damaged: an entry's key cannot be read");
      }
    }
    if (keys.isEmpty()) {
      throw new LockedFile.Refused("it is damaged: an entry lists no keys");
    }
    return keys;
  }

  /** The digests of the plain files a change was locking, from an opened entry. */
  private static Set<String> digests(byte[] plain) {
    Set<String> digests = new HashSet<>();
    for (String line : new String(plain, StandardCharsets.US_ASCII).lines().toList()) {
      if (line.startsWith(PLAIN)) {
        digests.add(line.substring(PLAIN.length()));
      }
    }
    return digests;
  }

  /** The SHA-256 digest of a file's bytes, in hex, as an entry lists it. */
  static String digest(byte[] bytes) {
    try {
      return LockedFile.hex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
