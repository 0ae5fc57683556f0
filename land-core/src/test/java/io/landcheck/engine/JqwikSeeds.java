package io.landcheck.engine;

import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Logs the random seed of every jqwik property as it runs, and takes the seed from {@code -Dlandcheck.jqwikSeed=...}
 * when given, so a property that failed anywhere (CI included) runs again with the same values:
 * {@code mvn -B -pl land-core -am test -Dtest=SomePropertyTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlandcheck.jqwikSeed=<the seed logged>} (land-geo's: {@code -pl land-geo}). Registered for every property in
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}; land-core's test jar carries both to land-geo's
 * tests, so the one hook serves both modules.
 */
public class JqwikSeeds implements AroundPropertyHook {

  /** The system property that fixes the seed of every property run. */
  public static final String SEED = "landcheck.jqwikSeed";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String fixed = System.getProperty(SEED, "").strip();
    if (!fixed.isEmpty()) {
      context.attributes().setSeed(fixed);
    }
    PropertyExecutionResult result = property.execute();
    Optional<String> seed = result.seed();
    System.out.println("jqwik " + context.extendedLabel() + ": " + result.status() + ", seed " + seed.orElse("none")
        + (seed.isPresent() ? " (again: -D" + SEED + "=" + seed.get() + ")" : ""));
    return result;
  }
}
