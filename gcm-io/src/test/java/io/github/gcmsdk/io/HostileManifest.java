package io.github.gcmsdk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * The hostile-input manifest ({@code src/test/resources/hostile/manifest.json}) and the bytes of
 * its entries, for gcm-io's {@code HostileManifestTest} and, through gcm-io's test jar, for
 * gcm-validation's walk of the same entries. The format is described in {@code
 * docs/HOSTILE-INPUT.md}.
 */
public final class HostileManifest {

  private static final String FOLDER = "/hostile/";

  private HostileManifest() {}

  /**
   * Returns the manifest.
   *
   * @return its root: {@code {"entries": [...]}}
   */
  public static JsonNode manifest() {
    try (InputStream in = HostileManifest.class.getResourceAsStream(FOLDER + "manifest.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the bytes of an entry: its file, or its recipe built.
   *
   * @param entry an entry of {@link #manifest()}
   * @return the bytes
   * @throws IOException if its file cannot be read
   */
  public static byte[] bytes(JsonNode entry) throws IOException {
    if (entry.has("file")) {
      try (InputStream in = HostileManifest.class.getResourceAsStream(
          FOLDER + entry.get("file").asText())) {
        return in.readAllBytes();
      }
    }
    JsonNode recipe = entry.get("recipe");
    Charset encoding = Charset.forName(recipe.path("encoding").asText("UTF-8"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (JsonNode part : recipe.get("parts")) {
      if (part.isTextual()) {
        out.writeBytes(part.asText().getBytes(encoding));
      } else if (part.has("repeat")) {
        byte[] unit = part.get("repeat").asText().getBytes(encoding);
        int times = part.get("times").asInt();
        for (int i = 0; i < times; i++) {
          out.write(unit, 0, unit.length);
        }
      } else {
        for (String hex : part.get("hex").asText().trim().split("\\s+")) {
          out.write(Integer.parseInt(hex, 16));
        }
      }
    }
    return out.toByteArray();
  }
}
