package dev.guide.store;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A passphrase, and the keys derived from it with PBKDF2-HMAC-SHA256. A derivation takes about
 * half a second on purpose, so each one is done once per salt and kept for the rest of the run.
 * The characters are never written anywhere; {@link #wipe} overwrites them.
 */
public final class Passphrase {

  /** The key derivation every locked file names in its header. */
  static final String KDF = "pbkdf2-hmac-sha256";
  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 600_000;
  /** Files naming more are refused unread: a changed header must not make the guide work for hours. */
  static final int MAX_ITERATIONS = 10_000_000;
  /** Shorter passphrases are refused when one is set; a few words are better than one. */
  public static final int MIN_LENGTH = 8;

  private final char[] chars;
  private final Map<String, byte[]> derived = new HashMap<>();

  public Passphrase(char[] chars) {
    this.chars = chars.clone();
  }

  /** Why this passphrase is too weak to set, or null when it is fine. */
  public String weakness() {
    if (chars.length == 0) {
      return "it is empty";
    }
    if (chars.length < MIN_LENGTH) {
      return "it has fewer than " + MIN_LENGTH + " characters; a few words you can remember are best";
    }
    return null;
  }

  /** The 256-bit key from this passphrase, the salt and the iteration count, derived once per run. */
  byte[] derive(byte[] salt, int iterations) {
    return derived.computeIfAbsent(iterations + ":" + LockedFile.hex(salt), k -> {
      PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, 256);
      try {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
      } finally {
        spec.clearPassword();
      }
    });
  }

  /** Overwrites the characters and the derived keys in memory. */
  public void wipe() {
    Arrays.fill(chars, '\0');
    derived.values().forEach(key -> Arrays.fill(key, (byte) 0));
    derived.clear();
  }

  /** Whether two passphrases are the same (to confirm one typed twice). */
  public boolean sameAs(Passphrase other) {
    return Arrays.equals(chars, other.chars);
  }
}
