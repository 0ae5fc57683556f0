package io.landcheck.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.landcheck.engine.Checker;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The published modules (land-core, land-geo, land-gis, land-batch, land-test) show only JDK types and their own in
 * public signatures (issue 17): an application that embeds landcheck is not tied to the Guava or Jackson versions it
 * uses inside. Read from the class files of the modules on this test's class path (land-batch, a test dependency,
 * brings land-gis).
 */
class PublicApiTest {

  /** The libraries that stay inside: Guava and Jackson. */
  private static final List<String> HIDDEN = List.of("com.google.common.", "com.fasterxml.");

  /**
   * The signatures let through although they name a library's type, each listed one by one so that no other can join
   * them, until it is put behind a type of the project's own; {@link #exceptionsAreStillNeeded()} removes each from here
   * once it is gone. None is left: the last, {@code io.landcheck.input.JsonStream.parser()} (Jackson's streaming
   * parser, which the GeoJSON and facts-file readers walked), gave way to JsonStream's own tokens (issue 17).
   */
  private static final Set<String> NOT_YET_HIDDEN = Set.of();

  private static final JavaClasses PUBLISHED = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.landcheck");

  @Test
  @DisplayName("the modules' classes are found: the core's checker, the geometry measurer, a GIS reader, the batch"
      + " engine and the test kit")
  void findsEveryModule() {
    assertThat(PUBLISHED.stream().map(JavaClass::getName)).contains("io.landcheck.engine.Checker",
        "io.landcheck.geo.ParcelMeasurer", "io.landcheck.geo.io.GeoPackageSource", "io.landcheck.batch.BatchChecker",
        "io.landcheck.test.LandcheckAssertions");
  }

  @Test
  @DisplayName("no public or protected method, constructor, field, supertype or record component of a public type"
      + " names a Guava or Jackson type")
  void noLibraryTypeInPublicSignatures() {
    assertThat(leaks().stream().filter(l -> !NOT_YET_HIDDEN.contains(l.substring(0, l.indexOf(": ")))))
        .as("public signatures naming Guava or Jackson types").isEmpty();
  }

  @Test
  @DisplayName("each signature still let through names a Jackson type today (one put behind a project type leaves the"
      + " list)")
  void exceptionsAreStillNeeded() {
    List<String> leaks = leaks();
    assertThat(NOT_YET_HIDDEN).allSatisfy(member -> assertThat(leaks).anyMatch(l -> l.startsWith(member + ": ")));
  }

  @Test
  @DisplayName("land-core's module requires Guava and Jackson without transitive, so an application does not read them")
  void coreRequiresNoLibraryTransitively() throws Exception {
    Path classes = Path.of(Checker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor core;
    try (InputStream in = Files.isDirectory(classes) ? Files.newInputStream(classes.resolve("module-info.class"))
        : URI.create("jar:" + classes.toUri() + "!/module-info.class").toURL().openStream()) {
      core = ModuleDescriptor.read(in);
    }

    assertThat(core.name()).isEqualTo("io.landcheck.core");
    assertThat(core.requires()).extracting(ModuleDescriptor.Requires::name)
        .contains("com.google.common", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind");
    assertThat(core.requires()).filteredOn(r -> HIDDEN.stream().anyMatch((r.name() + ".")::startsWith))
        .allSatisfy(r -> assertThat(r.modifiers()).doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }

  /** Each Guava or Jackson type a public signature names, as {@code member: type}. */
  private static List<String> leaks() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : PUBLISHED) {
      if (!visible(c)) {
        continue;
      }
      c.getRawSuperclass().ifPresent(s -> check(leaks, c.getName() + " extends", s.getAllInvolvedRawTypes()));
      for (JavaType i : c.getInterfaces()) {
        check(leaks, c.getName() + " implements", i.getAllInvolvedRawTypes());
      }
      for (JavaField f : c.getFields()) {
        if (exposed(f.getModifiers())) {
          check(leaks, f.getFullName(), f.getType().getAllInvolvedRawTypes());
        }
      }
      for (JavaCodeUnit u : c.getCodeUnits()) {
        if (!exposed(u.getModifiers()) || u.getModifiers().contains(JavaModifier.SYNTHETIC)
            || u.getModifiers().contains(JavaModifier.BRIDGE)) {
          continue;
        }
        Stream.concat(Stream.concat(Stream.of(u.getReturnType()), u.getParameterTypes().stream()),
                u.getThrowsClause().getTypes().stream())
            .forEach(t -> check(leaks, u.getFullName(), t.getAllInvolvedRawTypes()));
      }
    }
    return leaks;
  }

  /** A type an application can name: public, and every type it is nested in public too. */
  private static boolean visible(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    return c.getEnclosingClass().map(PublicApiTest::visible).orElse(true);
  }

  private static boolean exposed(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void check(List<String> leaks, String where, Set<JavaClass> involved) {
    for (JavaClass t : involved) {
      if (HIDDEN.stream().anyMatch(t.getName()::startsWith)) {
        leaks.add(where + ": " + t.getName());
      }
    }
  }
}
