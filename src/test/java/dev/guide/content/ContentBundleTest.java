package dev.guide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The compiled content is the JSON content, record for record. */
class ContentBundleTest {

  @Test
  void aBundleReadsBackAsTheContentItWasWrittenFrom() throws Exception {
    Content fromJson = ContentReader.read(ContentReader.builtIn());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      ContentBundle.write(fromJson, out);
    }
    Content fromBundle = ContentBundle.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(fromJson, fromBundle);
  }

  @Test
  void theBundleTheBuildMadeMatchesTheJsonBesideIt() throws Exception {
    assertNotNull(ContentBundle.class.getResource(ContentBundle.RESOURCE), "the build compiles the content");
    assertEquals(ContentReader.read(ContentReader.builtIn()), ContentReader.readBuiltIn());
  }

  @Test
  void somethingElseIsNotTakenForABundle() {
    DataInputStream junk = new DataInputStream(new ByteArrayInputStream("{\"reasons\": []}".getBytes()));
    IOException e = assertThrows(IOException.class, () -> ContentBundle.read(junk));
    assertEquals("not a content bundle of this version of the guide; rebuild it", e.getMessage());
  }

  private static byte[] bundle() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      ContentBundle.write(ContentReader.read(ContentReader.builtIn()), out);
    }
    return bytes.toByteArray();
  }

  @Test
  void theRestIsReadWhenFirstUsedAndADamagedPartSaysSo() throws Exception {
    byte[] bytes = bundle();
    // Spoil the last section (the judgement): its first list claims a vast number of entries.
    Content whole = ContentBundle.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    int judgementStart = bytes.length - judgementLength(whole);
    bytes[judgementStart] = (byte) 0x7f;
    Content content = ContentBundle.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    // The entries and the other parts read as before.
    assertEquals(whole.reasons(), content.reasons());
    assertEquals(whole.questionnaire(), content.questionnaire());
    Content.Unreadable e = assertThrows(Content.Unreadable.class, content::judgement);
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("the guide's compiled content cannot be read"),
        e.getMessage());
  }

  private static int judgementLength(Content content) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      java.lang.reflect.Method judgement = ContentBundle.class.getDeclaredMethod("judgement", DataOutputStream.class,
          Judgement.class);
      judgement.setAccessible(true);
      judgement.invoke(null, out, content.judgement());
    }
    return bytes.size();
  }

  @Test
  void aCutBundleIsRefusedAtOnce() throws Exception {
    byte[] bytes = bundle();
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 10);
    IOException e = assertThrows(IOException.class,
        () -> ContentBundle.read(new DataInputStream(new ByteArrayInputStream(cut))));
    assertEquals("the content bundle ends too early", e.getMessage());
  }
}
