package dev.guide.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The locked file format, after age's shape: a short text header that names the format's
 * version, the key derivation with its parameters, and this file's own salt and nonce; then the
 * content, encrypted with AES-256-GCM, the header authenticated with it.
 *
 * <pre>
 * guide-locked v1
 * kdf pbkdf2-hmac-sha256 600000 &lt;passphrase salt, 16 bytes in hex&gt;
 * aes-256-gcm &lt;file salt, 32 bytes in hex&gt; &lt;nonce, 12 bytes in hex&gt;
 * file &lt;the file's name, such as check-in-2026-11-22T19-04-11.json&gt;
 * (an empty line)
 * &lt;ciphertext and 16-byte tag&gt;
 * </pre>
 *
 * The passphrase is stretched once per passphrase salt (one for each passphrase set); the file's
 * key is drawn from that with HKDF-SHA256 (RFC 5869) and the file's own fresh salt, so every file
 * has a key and a nonce of its own, and reading many files costs one slow derivation, not many.
 * The {@code file} line binds the content to the file's name (and so its date): authenticated
 * with the rest of the header, it shows a locked file copied over another's name. Files locked
 * before it was added have no such line; 'guide passphrase' adds it. Keyring entries have none.
 */
final class LockedFile {

  /** A passphrase-derived key and the derivation that made it, as a header names it. */
  record MasterKey(int iterations, byte[] salt, byte[] key) {
    /** The header's words for the derivation: "pbkdf2-hmac-sha256 600000 0f1e...". */
    String kdf() {
      return Passphrase.KDF + " " + iterations + " " + hex(salt);
    }
  }

  /** A header as read, and where the encrypted content starts. */
  record Header(int iterations, byte[] kdfSalt, byte[] fileSalt, byte[] nonce, String name, int length) {
    String kdf() {
      return Passphrase.KDF + " " + iterations + " " + hex(kdfSalt);
    }
  }

  /** The file cannot be opened; the message says why, in words for its owner. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private static final int KDF_SALT = 16;
  private static final int FILE_SALT = 32;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final int MAX_HEADER = 512;
  private static final byte[] FILE_KEY_INFO = "guide-locked v1 file key".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern HEADER = Pattern.compile(
      "guide-locked v1\nkdf " + Passphrase.KDF + " ([1-9][0-9]{0,8}) ([0-9a-f]{" + 2 * KDF_SALT + "})\n"
          + "aes-256-gcm ([0-9a-f]{" + 2 * FILE_SALT + "}) ([0-9a-f]{" + 2 * NONCE + "})\n"
          + "(?:file ([A-Za-z0-9][A-Za-z0-9._-]{0,199})\n)?\n");
  private static final SecureRandom RANDOM = new SecureRandom();

  private LockedFile() {}

  /** A new passphrase salt, for a passphrase being set. */
  static MasterKey newKey(Passphrase passphrase) {
    byte[] salt = random(KDF_SALT);
    return new MasterKey(Passphrase.ITERATIONS, salt, passphrase.derive(salt, Passphrase.ITERATIONS));
  }

  /** The content locked with the key, under a fresh file salt and nonce, not bound to a name (a keyring entry). */
  static byte[] seal(byte[] plain, MasterKey key) {
    return seal(plain, key, null);
  }

  /** The content locked with the key, under a fresh file salt and nonce, bound to the file's {@code name}. */
  static byte[] seal(byte[] plain, MasterKey key, String name) {
    if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}")) {
      throw new IllegalArgumentException("not a name a locked file can have: " + name);
    }
    byte[] fileSalt = random(FILE_SALT);
    byte[] nonce = random(NONCE);
    byte[] header = ("guide-locked v1\nkdf " + key.kdf() + "\naes-256-gcm " + hex(fileSalt) + " " + hex(nonce) + "\n"
        + (name == null ? "" : "file " + name + "\n") + "\n").getBytes(StandardCharsets.US_ASCII);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, fileKey(key.key(), fileSalt), nonce);
      cipher.updateAAD(header);
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java cannot encrypt with AES-256-GCM", e);
    }
  }

  /** The header of a locked file; refused when it is not one this guide can read. */
  static Header header(byte[] stored) throws Refused {
    int end = -1;
    for (int i = 1; i < Math.min(stored.length, MAX_HEADER); i++) {
      if (stored[i] == '\n' && stored[i - 1] == '\n') {
        end = i + 1;
        break;
      }
    }
    if (end < 0) {
      throw new Refused("it is locked, but its header is damaged or cut short");
    }
    Matcher m = HEADER.matcher(new String(stored, 0, end, StandardCharsets.ISO_8859_1));
    if (!m.matches()) {
      throw new Refused("it is locked, but its header is damaged, or it was locked by a newer guide");
    }
    long iterations = Long.parseLong(m.group(1));
    if (iterations < Passphrase.ITERATIONS || iterations > Passphrase.MAX_ITERATIONS) {
      throw new Refused("it is locked, but its header names " + iterations + " key-derivation rounds, outside "
          + Passphrase.ITERATIONS + "-" + Passphrase.MAX_ITERATIONS + "; it was changed or damaged");
    }
    HexFormat hex = HexFormat.of();
    return new Header((int) iterations, hex.parseHex(m.group(2)), hex.parseHex(m.group(3)), hex.parseHex(m.group(4)), m.group(5), end);
  }

  /** The content of a locked file, with the master key its header names; refused when it does not authenticate. */
  static byte[] open(byte[] stored, Header header, byte[] masterKey) throws Refused {
    if (stored.length < header.length() + TAG_BITS / 8) {
      throw new Refused("it is locked, but cut short: it ends before its content does");
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, fileKey(masterKey, header.fileSalt()), header.nonce());
      cipher.updateAAD(stored, 0, header.length());
      return cipher.doFinal(stored, header.length(), stored.length - header.length());
    } catch (AEADBadTagException e) {
      throw new Refused("it cannot be opened: it was changed, damaged or cut short after it was saved, "
          + "or locked with another passphrase");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java cannot decrypt AES-256-GCM", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  /** HKDF-SHA256 (RFC 5869) of the master key with the file's salt: extract, then one block of expand. */
  static byte[] fileKey(byte[] masterKey, byte[] fileSalt) {
    return hkdf(masterKey, fileSalt, FILE_KEY_INFO);
  }

  static byte[] hkdf(byte[] inputKey, byte[] salt, byte[] info) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      byte[] pseudoRandomKey = mac.doFinal(inputKey);
      mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
      mac.update(info);
      mac.update((byte) 1);
      byte[] key = mac.doFinal();
      Arrays.fill(pseudoRandomKey, (byte) 0);
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no HmacSHA256", e);
    }
  }

  static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
