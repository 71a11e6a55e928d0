package dev.guide.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.guide.io.Terminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The man page names every variable the guide reads and every file it keeps. */
class ManPageTest {

  @Test
  void environmentAndFilesListEveryVariableAndFile() {
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    Session session = new Session(InputStream.nullInputStream(), sink, sink, Map.of(), Terminal.NONE);
    String page = ManPage.of(session.commandLine(null), "0").replace("\\-", "-");
    String environment = page.substring(page.indexOf(".SH ENVIRONMENT"), page.indexOf(".SH FILES"));
    for (String variable : List.of("GUIDE_CONTENT", "GUIDE_PARTNER", "GUIDE_COUNTRY", "GUIDE_DATA_DIR",
        "GUIDE_PASSPHRASE_FILE", "GUIDE_NOW", "NO_COLOR", "COLUMNS", "LINES", "PAGER", "LESS", "TERM", "XDG_DATA_HOME",
        "XDG_CACHE_HOME")) {
      assertTrue(environment.contains(variable), variable + " is missing from ENVIRONMENT\n" + environment);
    }
    String files = page.substring(page.indexOf(".SH FILES"), page.indexOf(".SH PRIVACY"));
    for (String file : List.of("check-in-", "draft.json", "keyring", ".cache/guide")) {
      assertTrue(files.contains(file), file + " is missing from FILES\n" + files);
    }
  }
}
