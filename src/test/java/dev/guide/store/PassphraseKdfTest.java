package dev.guide.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The guide's PBKDF2-HMAC-SHA256 gives the key the JDK's PBKDF2WithHmacSHA256 gives, for the
 * passphrases people type (short, long, accented, emoji, a lone surrogate) and for the header's
 * salt and rounds: locked files made before and after read alike.
 */
class PassphraseKdfTest {

  private static byte[] jdk(char[] passphrase, byte[] salt, int iterations) throws Exception {
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
  }

  @Test
  void sameKeyAsTheJdks() throws Exception {
    Random random = new Random(8018);
    String[] passphrases = {"correct horse battery staple", "12345678", "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e",
        "\ud83d\udd12 locked away \ud83d\udd11", "half \ud800 a pair", "a".repeat(64), "b".repeat(65),
        "\u00e9".repeat(40), "x"};
    for (String passphrase : passphrases) {
      for (int iterations : new int[] {1, 2, 3, 1000}) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        assertArrayEquals(jdk(passphrase.toCharArray(), salt, iterations),
            Passphrase.pbkdf2(passphrase.toCharArray(), salt, iterations), passphrase + ", " + iterations);
      }
    }
  }

  @Test
  void sameKeyAtTheRealRounds() throws Exception {
    byte[] salt = new byte[16];
    new Random(1).nextBytes(salt);
    char[] passphrase = "correct horse battery staple".toCharArray();
    assertArrayEquals(jdk(passphrase, salt, Passphrase.ITERATIONS), Passphrase.pbkdf2(passphrase, salt, Passphrase.ITERATIONS));
  }
}
