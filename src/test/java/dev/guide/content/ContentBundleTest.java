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
}
