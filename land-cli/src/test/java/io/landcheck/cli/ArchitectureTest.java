package io.landcheck.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shape of the modules, checked on the compiled classes of every module (land-cli sees them all): no package
 * cycles; the engine, the batch engine and the command line know no city; and each layer of land-core depends only on
 * the layers below it.
 */
@DisplayName("Architecture")
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.landcheck");

  @Test
  @DisplayName("the rules below see the classes of every module")
  void seesEveryModule() {
    assertThat(CLASSES.contain("io.landcheck.engine.Checker")).isTrue();
    assertThat(CLASSES.contain("io.landcheck.pack.shanghai.GreenSpaceRule")).isTrue();
    assertThat(CLASSES.contain("io.landcheck.geo.Measurement")).isTrue();
    assertThat(CLASSES.contain("io.landcheck.geo.io.ReadOptions")).isTrue();
    assertThat(CLASSES.contain("io.landcheck.batch.BatchChecker")).isTrue();
    assertThat(CLASSES.contain("io.landcheck.test.LandcheckAssertions")).isTrue();
    assertThat(CLASSES.contain("io.landcheck.cli.CheckCommand")).isTrue();
  }

  @Test
  @DisplayName("no two packages of landcheck depend on each other, directly or round about")
  void noPackageCycles() {
    slices().matching("io.landcheck.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  @DisplayName("land-core (model, pack, engine, input) uses no class of the Shanghai pack or of any other module")
  void coreKnowsNoCity() {
    noClasses().that().resideInAnyPackage("io.landcheck.model..", "io.landcheck.engine..", "io.landcheck.input..")
        .or().resideInAPackage("io.landcheck.pack")
        .should().dependOnClassesThat().resideInAnyPackage("io.landcheck.pack.shanghai..", "io.landcheck.geo..",
            "io.landcheck.batch..", "io.landcheck.cli..", "io.landcheck.test..", "io.landcheck.examples..")
        .check(CLASSES);
  }

  @Test
  @DisplayName("a parcel's facts depend on nothing else of landcheck")
  void modelAtTheBottom() {
    noClasses().that().resideInAPackage("io.landcheck.model")
        .should().dependOnClassesThat().resideInAnyPackage("io.landcheck.pack..", "io.landcheck.engine..",
            "io.landcheck.input..")
        .check(CLASSES);
  }

  @Test
  @DisplayName("a policy's numbers, sources and texts depend only on the model")
  void packOnTheModel() {
    noClasses().that().resideInAPackage("io.landcheck.pack")
        .should().dependOnClassesThat().resideInAnyPackage("io.landcheck.engine..", "io.landcheck.input..")
        .check(CLASSES);
  }

  @Test
  @DisplayName("the engine does not read records: the value parser is above it")
  void engineReadsNoRecords() {
    noClasses().that().resideInAPackage("io.landcheck.engine")
        .should().dependOnClassesThat().resideInAPackage("io.landcheck.input..")
        .check(CLASSES);
  }

  @Test
  @DisplayName("the batch engine and the command line name no class of the Shanghai pack: batch rules and their results"
      + " reach them through the engine's interfaces")
  void batchAndCliKnowNoCity() {
    noClasses().that().resideInAnyPackage("io.landcheck.batch..", "io.landcheck.cli..")
        .should().dependOnClassesThat().resideInAPackage("io.landcheck.pack.shanghai..")
        .check(CLASSES);
  }
}
