package io.landcheck.pack.shanghai;

import com.google.common.base.Suppliers;
import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pack bundled with this module: Shanghai's 沪府规〔2021〕9号 section 五, read from the module's resources. Also
 * found by id through {@link PolicyPacks#bundled(String)}.
 *
 * @since 0.1
 */
public final class ShanghaiPacks {

  /** The id of the bundled pack for 沪府规〔2021〕9号. */
  public static final String SHANGHAI_2021 = "shanghai-2021";

  private static final Supplier<PolicyPack> SHANGHAI = Suppliers.memoize(() -> readResource(SHANGHAI_2021 + ".json"));

  private ShanghaiPacks() {}

  /**
   * The bundled pack for Shanghai's 沪府规〔2021〕9号 section 五, in force from 2021-09-01.
   *
   * @return the pack, read from land-pack-shanghai's resources
   */
  public static PolicyPack shanghai2021() {
    return SHANGHAI.get();
  }

  private static PolicyPack readResource(String name) {
    try (InputStream in = ShanghaiPacks.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled pack " + name + " is missing from the jar");
      }
      return PolicyPacks.read(in, "packs/" + name, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
