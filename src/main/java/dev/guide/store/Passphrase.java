package dev.guide.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
    return derived.computeIfAbsent(iterations + ":" + LockedFile.hex(salt), k -> pbkdf2(chars, salt, iterations));
  }

  /**
   * PBKDF2-HMAC-SHA256 (RFC 8018) for one 32-byte block, the passphrase in UTF-8 as the JDK's
   * PBKDF2WithHmacSHA256 takes it, and the same key (PassphraseTest compares the two). Faster than
   * the JDK's by half: HMAC's inner and outer pads are hashed once, and each round goes on from
   * copies of those two states (as OpenSSL does), two SHA-256 blocks a round rather than four. The
   * rounds stay 600,000; only the work that gave no strength is gone.
   */
  static byte[] pbkdf2(char[] passphrase, byte[] salt, int iterations) {
    java.nio.ByteBuffer encoded = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(passphrase));
    byte[] key = new byte[encoded.remaining()];
    encoded.get(key);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    byte[] pad = new byte[64];
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      if (key.length > pad.length) {
        byte[] hashed = sha256.digest(key);
        Arrays.fill(key, (byte) 0);
        key = hashed;
      }
      MessageDigest inner = MessageDigest.getInstance("SHA-256");
      MessageDigest outer = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < pad.length; i++) {
        pad[i] = (byte) ((i < key.length ? key[i] : 0) ^ 0x36);
      }
      inner.update(pad);
      for (int i = 0; i < pad.length; i++) {
        pad[i] = (byte) ((i < key.length ? key[i] : 0) ^ 0x5c);
      }
      outer.update(pad);
      MessageDigest round = (MessageDigest) inner.clone();
      round.update(salt);
      round.update(new byte[] {0, 0, 0, 1});
      byte[] u = hmac(outer, round.digest());
      byte[] result = u.clone();
      for (int n = 1; n < iterations; n++) {
        round = (MessageDigest) inner.clone();
        round.update(u);
        byte[] next = hmac(outer, round.digest());
        Arrays.fill(u, (byte) 0);
        u = next;
        for (int i = 0; i < result.length; i++) {
          result[i] ^= u[i];
        }
      }
      Arrays.fill(u, (byte) 0);
      return result;
    } catch (GeneralSecurityException | CloneNotSupportedException e) {
      throw new IllegalStateException("this Java cannot compute SHA-256 as PBKDF2 needs it", e);
    } finally {
      Arrays.fill(key, (byte) 0);
      Arrays.fill(pad, (byte) 0);
    }
  }

  /** The outer hash of HMAC, from a copy of the outer pad's state. */
  private static byte[] hmac(MessageDigest outer, byte[] innerHash) throws CloneNotSupportedException {
    MessageDigest done = (MessageDigest) outer.clone();
    done.update(innerHash);
    Arrays.fill(innerHash, (byte) 0);
    return done.digest();
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
