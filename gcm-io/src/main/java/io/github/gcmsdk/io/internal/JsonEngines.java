package io.github.gcmsdk.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The JSON engines at hand: Jackson 2's, built in, and any other a module provides (Jackson 3's,
 * in gcm-io-jackson3). Found once, with the class loader of gcm-io.
 */
public final class JsonEngines {

  private JsonEngines() {}

  /**
   * Returns the provider of the newest Jackson at hand: Jackson 3's when gcm-io-jackson3 is on the
   * class path or module path, Jackson 2's otherwise.
   *
   * @return the provider
   */
  public static JsonEngine.Provider preferred() {
    return Found.PROVIDERS.get(0);
  }

  /**
   * Returns the provider for a major version of Jackson.
   *
   * @param majorVersion 2 or 3
   * @return the provider, or empty if none is at hand
   */
  public static Optional<JsonEngine.Provider> forMajorVersion(int majorVersion) {
    return Found.PROVIDERS.stream().filter(p -> p.majorVersion() == majorVersion).findFirst();
  }

  /** Loaded on first use, newest first. */
  private static final class Found {
    static final List<JsonEngine.Provider> PROVIDERS = load();

    private static List<JsonEngine.Provider> load() {
      List<JsonEngine.Provider> providers = new ArrayList<>();
      providers.add(Jackson2Engine.PROVIDER);
      for (JsonEngine.Provider provider
          : ServiceLoader.load(JsonEngine.Provider.class, JsonEngines.class.getClassLoader())) {
        if (providers.stream().noneMatch(p -> p.majorVersion() == provider.majorVersion())) {
          providers.add(provider);
        }
      }
      providers.sort(Comparator.comparingInt(JsonEngine.Provider::majorVersion).reversed());
      return List.copyOf(providers);
    }
  }
}
