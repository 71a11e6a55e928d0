package dev.guide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version, from a resource the build writes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/guide/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"guide " + properties.getProperty("version", "unknown")};
  }
}
