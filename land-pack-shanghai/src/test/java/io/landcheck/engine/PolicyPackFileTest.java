package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.LandUse;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import io.landcheck.model.SplitRequest;
import io.landcheck.pack.Citation;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Parameters;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Policy packs as data")
class PolicyPackFileTest {

  @TempDir Path dir;

  private static RuleResult check(PolicyPack pack, Parcel parcel, RuleId rule) {
    return Checker.of(pack).check(parcel).result(rule).orElseThrow();
  }

  @Nested
  @DisplayName("a pack with changed numbers, loaded from a file")
  class ChangedNumbers {

    @Test
    @DisplayName("an unchanged copy of the bundled pack gives the same reports as the bundled pack")
    void unchangedCopy() {
      PolicyPack copy = PackFiles.load(PackFiles.shanghai(), dir, "copy.json");
      Parcel parcel = industrial("P").clearFloorAreas().floorAreaM2("生产", 8_000).floorAreaM2("宿舍", 2_000).build();
      assertThat(Checker.of(copy).check(parcel)).isEqualTo(TestParcels.CHECKER.check(parcel));
    }

    @Test
    @DisplayName("a higher plot-ratio floor fails a parcel the bundled pack passes")
    void higherFloor() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) PackFiles.values(tree, Rules.PLOT_RATIO_MINIMUM).get("minimumByLandUse")).put("industrial", 2.5);
      PolicyPack pack = PackFiles.load(tree, dir, "floor.json");
      Parcel parcel = industrial("P").build();
      assertThat(check(ShanghaiPacks.shanghai2021(), parcel, Rules.PLOT_RATIO_MINIMUM).verdict())
          .isEqualTo(Verdict.COMPLIANT);
      RuleResult r = check(pack, parcel, Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.limit()).hasValue(2.5);
    }

    @Test
    @DisplayName("a lower amenity share fails a parcel at 15%")
    void lowerAmenityShare() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.MIXED_USE_AMENITY).put("maxShare", 0.10);
      PolicyPack pack = PackFiles.load(tree, dir, "amenity.json");
      Parcel parcel = industrial("P").clearFloorAreas().floorAreaM2("生产", 8_500).floorAreaM2("宿舍", 1_500).build();
      assertThat(check(pack, parcel, Rules.MIXED_USE_AMENITY).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    @DisplayName("a longer general term cap passes a 25-year lease the bundled pack fails")
    void longerGeneralCap() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.LEASE_TERM).put("generalTermCapYears", 30);
      PolicyPack pack = PackFiles.load(tree, dir, "lease.json");
      Parcel parcel = industrial("P").lease(APPLIED, 25).build();
      assertThat(check(ShanghaiPacks.shanghai2021(), parcel, Rules.LEASE_TERM).verdict())
          .isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(check(pack, parcel, Rules.LEASE_TERM).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("district recognition accepted by the pack lets a district technology centre have 50 years")
    void lowerRecognitionLevel() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.LEASE_TERM).put("minimumRecognitionLevel", "DISTRICT");
      PolicyPack pack = PackFiles.load(tree, dir, "district.json");
      Parcel parcel = industrial("P").project(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE, RecognitionLevel.DISTRICT)
          .lease(APPLIED, 50).build();
      assertThat(check(pack, parcel, Rules.LEASE_TERM).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("a new use code in the pack is accepted and classified as the pack says")
    void newUseCode() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode code = tree.withArray("useCodes").addObject();
      code.put("code", "健身房");
      code.putArray("aliases").add("gym");
      code.put("class", "LIVING_AMENITY");
      PolicyPack pack = PackFiles.load(tree, dir, "gym.json");
      Parcel parcel = industrial("P").clearFloorAreas().floorAreaM2("生产", 8_000).floorAreaM2("gym", 2_000).build();
      assertThat(TestParcels.CHECKER.check(parcel).verdict()).isEqualTo(Verdict.ERROR);
      RuleResult r = check(pack, parcel, Rules.MIXED_USE_AMENITY);
      assertThat(r.measured()).hasValue(0.20);
    }

    @Test
    @DisplayName("a land use the pack judges but gives no plot-ratio floor is not judged by the floor")
    void landUseWithoutFloor() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode storage = tree.withArray("landUses").addObject();
      storage.put("code", "logistics");
      storage.putObject("name").put("zh", "物流仓储用地").put("en", "logistics land");
      PolicyPack pack = PackFiles.load(tree, dir, "logistics.json");
      Parcel parcel = industrial("P").landUse(LandUse.of("logistics")).clearFloorAreas().floorAreaM2("仓储", 1_000)
          .build();
      RuleResult r = check(pack, parcel, Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(r.message().en()).contains("logistics");
    }

    @Test
    @DisplayName("a pack without split minimums judges an unmeasured split")
    void noSplitMinimums() {
      PolicyPack pack = PackFiles.load(PackFiles.shanghai(), dir, "split.json");
      Parcel parcel = industrial("P").split(SplitRequest.of(true, true, SplitRequest.Recipient.PARK_PLATFORM)).build();
      assertThat(check(pack, parcel, Rules.SPLIT_TRANSFER).verdict()).isEqualTo(Verdict.COMPLIANT);
    }
  }

  @Nested
  @DisplayName("parameter versions and effective dates")
  class Versions {

    private PolicyPack with2025Floor() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode v2025 = PackFiles.addVersion(tree, Rules.PLOT_RATIO_MINIMUM, "2025-01-01");
      ((ObjectNode) v2025.get("minimumByLandUse")).put("industrial", 2.5);
      return PackFiles.load(tree, dir, "versions.json");
    }

    @Test
    @DisplayName("an application the day before a 2025 version is judged by the 2021 parameters")
    void dayBefore() {
      RuleResult r = check(with2025Floor(), industrial("P").applicationDate(LocalDate.of(2024, 12, 31)).build(),
          Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(r.limit()).hasValue(2.0);
      assertThat(r.parametersFrom()).hasValue(LocalDate.of(2021, 9, 1));
    }

    @Test
    @DisplayName("an application on the day a 2025 version takes effect is judged by it")
    void dayOf() {
      RuleResult r = check(with2025Floor(), industrial("P").applicationDate(LocalDate.of(2025, 1, 1)).build(),
          Rules.PLOT_RATIO_MINIMUM);
      assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(r.limit()).hasValue(2.5);
      assertThat(r.parametersFrom()).hasValue(LocalDate.of(2025, 1, 1));
    }

    @Test
    @DisplayName("versions listed out of date order are still chosen by date")
    void outOfOrder() {
      ObjectNode tree = PackFiles.shanghai();
      var versions = PackFiles.rule(tree, Rules.PLOT_RATIO_MINIMUM).withArray("versions");
      ObjectNode v2025 = versions.get(0).deepCopy();
      v2025.put("effectiveFrom", "2025-01-01");
      ((ObjectNode) v2025.get("values").get("minimumByLandUse")).put("industrial", 2.5);
      versions.insert(0, v2025);
      PolicyPack pack = PackFiles.load(tree, dir, "order.json");
      assertThat(check(pack, industrial("P").build(), Rules.PLOT_RATIO_MINIMUM).limit()).hasValue(2.0);
      assertThat(pack.versions(Rules.PLOT_RATIO_MINIMUM)).extracting(Parameters::effectiveFrom)
          .containsExactly(LocalDate.of(2021, 9, 1), LocalDate.of(2025, 1, 1));
    }

    @Test
    @DisplayName("a parcel without an application date is judged on the checker's date")
    void checkerDate() {
      Parcel parcel = industrial("P").build().toBuilder().build();
      Parcel undated = new Parcel(parcel.id(), parcel.landUse(), parcel.singleUse(), parcel.projectCategory(),
          parcel.recognitionLevel(), parcel.lease(), parcel.tenure(), parcel.siteAreaM2(),
          parcel.aboveGroundFloorAreaM2(), parcel.plotRatioFloorAreaM2(), parcel.undergroundFloorAreaM2(), parcel.approvedPlotRatioCap(),
          parcel.intensification(), parcel.split(), parcel.greenSpace(), parcel.rooftopGreenAreaM2(),
          parcel.districtId(), parcel.parkId(), java.util.Optional.empty());
      Report report = Checker.of(with2025Floor()).onDate(LocalDate.of(2025, 6, 1)).check(undated);
      assertThat(report.checkDate()).hasValue(LocalDate.of(2025, 6, 1));
      assertThat(report.result(Rules.PLOT_RATIO_MINIMUM).orElseThrow().limit()).hasValue(2.5);
    }

    @Test
    @DisplayName("the lease term is judged by the parameters in force when the land was granted")
    void leaseByGrantDate() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.addVersion(tree, Rules.LEASE_TERM, "2025-01-01").put("generalTermCapYears", 30);
      PolicyPack pack = PackFiles.load(tree, dir, "lease-versions.json");
      LocalDate applied = LocalDate.of(2025, 6, 1);
      Parcel grantedUnder2025 = industrial("P").applicationDate(applied).lease(applied, 25).build();
      Parcel grantedUnder2021 = industrial("P").applicationDate(applied).lease(LocalDate.of(2024, 5, 1), 25).build();
      assertThat(check(pack, grantedUnder2025, Rules.LEASE_TERM).verdict()).isEqualTo(Verdict.COMPLIANT);
      assertThat(check(pack, grantedUnder2021, Rules.LEASE_TERM).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    private PolicyPack with2025Measurement() {
      ObjectNode tree = PackFiles.shanghai();
      var versions = tree.with("measurement").withArray("versions");
      ObjectNode v2025 = versions.get(0).deepCopy();
      v2025.put("effectiveFrom", "2025-01-01");
      ((ObjectNode) v2025.get("values")).put("tallStoreyM", 9.0);
      versions.add(v2025);
      return PackFiles.load(tree, dir, "measurement.json");
    }

    @Test
    @DisplayName("measurement parameters are chosen by date too")
    void measurementVersions() {
      PolicyPack pack = with2025Measurement();
      assertThat(pack.measurement(LocalDate.of(2024, 12, 31)).number("tallStoreyM")).isEqualTo(8.0);
      assertThat(pack.measurement(LocalDate.of(2025, 1, 1)).number("tallStoreyM")).isEqualTo(9.0);
    }

    @Test
    @DisplayName("measurement parameters for a date before the pack takes effect are refused")
    void noMeasurementBeforePack() {
      PolicyPack pack = with2025Measurement();
      assertThatThrownBy(() -> pack.measurement(LocalDate.of(2021, 8, 31)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a rule whose first version is later than the pack is not applicable before it")
    void ruleNotYetInForce() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) PackFiles.rule(tree, Rules.SPLIT_TRANSFER).withArray("versions").get(0))
          .put("effectiveFrom", "2024-01-01");
      PolicyPack pack = PackFiles.load(tree, dir, "late-rule.json");
      Parcel parcel = industrial("P").split(SplitRequest.of(true, true, SplitRequest.Recipient.OTHER)).build();
      RuleResult r = check(pack, parcel, Rules.SPLIT_TRANSFER);
      assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(r.message().en()).contains("not yet in force");
    }
  }

  @Nested
  @DisplayName("an application dated before the pack took effect")
  class BeforePack {

    private final Report report =
        TestParcels.CHECKER.check(industrial("P").lease(APPLIED, 60).applicationDate(LocalDate.of(2021, 8, 31)).build());

    @Test
    @DisplayName("is reported as outside the pack, not judged")
    void reportedNotJudged() {
      assertThat(report.packInForce()).isFalse();
      assertThat(report.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(report.results()).isNotEmpty()
          .allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(r.message().en()).contains("2021-08-31", "2021-09-01");
          });
    }

    @Test
    @DisplayName("says so in its JSON")
    void saysSoInJson() throws Exception {
      assertThat(PackFiles.MAPPER.readTree(report.toJson()).get("packInForce").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("is judged from the effective date itself")
    void effectiveDayIsJudged() {
      Report onTheDay =
          TestParcels.CHECKER.check(industrial("P").lease(APPLIED, 60).applicationDate(LocalDate.of(2021, 9, 1)).build());
      assertThat(onTheDay.packInForce()).isTrue();
      assertThat(onTheDay.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    /** The bundled pack, given an end date of 2025-12-31. */
    private PolicyPack endedPack() {
      ObjectNode tree = PackFiles.shanghai();
      tree.put("effectiveUntil", "2025-12-31");
      return PackFiles.load(tree, dir, "ended.json");
    }

    @Test
    @DisplayName("a pack with an end date does not judge applications after it")
    void afterEnd() {
      PolicyPack pack = endedPack();
      assertThat(Checker.of(pack).check(industrial("P").applicationDate(LocalDate.of(2026, 1, 1)).build()).packInForce())
          .isFalse();
      assertThat(Checker.of(pack).check(industrial("P").applicationDate(LocalDate.of(2025, 12, 31)).build()).packInForce())
          .isTrue();
    }

    @Test
    @DisplayName("an application after a pack's end date is told the whole period the pack was in force")
    void afterEndGivesThePeriod() {
      Report late = Checker.of(endedPack()).check(industrial("P").applicationDate(LocalDate.of(2026, 1, 1)).build());

      assertThat(late.results()).isNotEmpty().allSatisfy(r -> {
        assertThat(r.message().en()).contains("2026-01-01", "from 2021-09-01 to 2025-12-31");
        assertThat(r.message().zh()).contains("2021-09-01 至 2025-12-31");
      });
    }
  }

  @Nested
  @DisplayName("a broken pack file")
  class Broken {

    @Test
    @DisplayName("an unknown rule kind fails to load, naming the file and the place")
    void unknownKind() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.rule(tree, Rules.LAND_PRICE).put("kind", "land-tax");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "kind.json"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("kind.json").hasMessageContaining("rules[3].kind").hasMessageContaining("land-tax");
    }

    @Test
    @DisplayName("a misspelt land use among a plot-ratio floor's keys fails to load, naming it")
    void misspeltFloorLandUse() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) PackFiles.values(tree, Rules.PLOT_RATIO_MINIMUM).get("minimumByLandUse")).put("industrail", 2.5);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "floor.json"))
          .hasMessageContaining("rules[1].versions[0].values.minimumByLandUse").hasMessageContaining("'industrail'");
    }

    @Test
    @DisplayName("a misspelt land use in a rule's landUses fails to load, naming it")
    void misspeltRuleLandUse() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.LAND_PRICE).putArray("landUses").add("Industrial");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "uses.json"))
          .hasMessageContaining("rules[3].versions[0].values.landUses").hasMessageContaining("'Industrial'");
    }

    @Test
    @DisplayName("a parameter a built-in rule does not read fails to load, naming it and what the rule reads")
    void unreadParameter() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.MIXED_USE_AMENITY).put("maxShares", 0.2);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "unread.json"))
          .hasMessageContaining("rules[5].versions[0].values.maxShares")
          .hasMessageContaining("it reads [useClasses, maxShare]");
    }

    @Test
    @DisplayName("a green-space version without its tolerance fails to load, naming the version")
    void greenSpaceToleranceMissing() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.GREEN_SPACE_BALANCE).remove("toleranceM2");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "green.json"))
          .hasMessageContaining("rules[7].versions[0].values").hasMessageContaining("toleranceM2");
    }

    @Test
    @DisplayName("a parameter the green-space balance does not read fails to load, naming it")
    void greenSpaceUnreadParameter() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.GREEN_SPACE_BALANCE).put("toleranceM3", 1);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "green.json"))
          .hasMessageContaining("rules[7].versions[0].values.toleranceM3");
    }

    @Test
    @DisplayName("a misspelt parameter in place of one a rule needs fails to load, naming both")
    void misspeltParameter() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode values = PackFiles.values(tree, Rules.MIXED_USE_AMENITY);
      values.set("maxShares", values.remove("maxShare"));
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "misspelt.json"))
          .hasMessageContaining("maxShare is missing").hasMessageContaining("has [useClasses, maxShares]");
    }

    @Test
    @DisplayName("an unknown field of the pack fails to load, naming it")
    void unknownPackField() {
      ObjectNode tree = PackFiles.shanghai();
      tree.put("tolerence", 0.001);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "field.json")).hasMessageContaining("tolerence")
          .hasMessageContaining("unknown field");
    }

    @Test
    @DisplayName("a misspelt field of a version fails to load, naming its place")
    void misspeltVersionField() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode version = (ObjectNode) PackFiles.rule(tree, Rules.PLOT_RATIO_MINIMUM).withArray("versions").get(0);
      version.set("valuez", version.remove("values"));
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "valuez.json"))
          .hasMessageContaining("rules[1].versions[0].valuez").hasMessageContaining("unknown field");
    }

    @Test
    @DisplayName("a measurement parameter the measurement does not use fails to load, naming it")
    void unknownMeasurementParameter() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) tree.with("measurement").withArray("versions").get(0).get("values")).put("talStoreyM", 8);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "measure.json"))
          .hasMessageContaining("measurement.versions[0].values.talStoreyM");
    }

    @Test
    @DisplayName("a share above 1 fails to load, naming the parameter")
    void shareAboveOne() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.MIXED_USE_AMENITY).put("maxShare", 15);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "share.json"))
          .hasMessageContaining("rules[5].versions[0].values").hasMessageContaining("maxShare");
    }

    @Test
    @DisplayName("a missing parameter fails to load, naming it")
    void missingParameter() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.LEASE_TERM).remove("generalTermCapYears");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "missing.json"))
          .hasMessageContaining("generalTermCapYears");
    }

    @Test
    @DisplayName("a general cap above the maximum term fails to load")
    void generalAboveMax() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.values(tree, Rules.LEASE_TERM).put("generalTermCapYears", 60);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "cap.json")).hasMessageContaining("generalTermCapYears");
    }

    @Test
    @DisplayName("a plot-ratio floor that is not a number fails to load")
    void floorNotNumber() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) PackFiles.values(tree, Rules.PLOT_RATIO_MINIMUM).get("minimumByLandUse")).put("industrial", "2.0");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "floor-text.json"))
          .hasMessageContaining("rules[1]").hasMessageContaining("minimumByLandUse");
    }

    @Test
    @DisplayName("two versions on the same day fail to load")
    void duplicateVersionDate() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.addVersion(tree, Rules.LAND_PRICE, "2021-09-01");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "twice.json")).hasMessageContaining("2021-09-01");
    }

    @Test
    @DisplayName("a use code listed twice fails to load")
    void duplicateUseCode() {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode code = tree.withArray("useCodes").addObject();
      code.put("code", "canteen");
      code.put("class", "LIVING_AMENITY");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "dup.json")).hasMessageContaining("canteen");
    }

    @Test
    @DisplayName("a measurement version without a storey-height threshold fails to load, naming it")
    void measurementNumberMissing() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) tree.with("measurement").withArray("versions").get(0).get("values")).remove("tallStoreyM");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "measure.json"))
          .hasMessageContaining("measurement.versions[0].values.tallStoreyM");
    }

    @Test
    @DisplayName("a measurement version without the split width resolution fails to load, naming it")
    void splitWidthResolutionMissing() {
      ObjectNode tree = PackFiles.shanghai();
      ((ObjectNode) tree.with("measurement").withArray("versions").get(0).get("values")).remove("splitWidthResolutionM");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "measure.json"))
          .hasMessageContaining("measurement.versions[0].values.splitWidthResolutionM");
    }

    @Test
    @DisplayName("a tolerance of 1 or more fails to load, naming the file and the field")
    void toleranceTooLarge() {
      ObjectNode tree = PackFiles.shanghai();
      tree.put("tolerance", 1.0);
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "tolerance.json"))
          .hasMessageContaining("tolerance.json").hasMessageContaining(": tolerance:");
    }

    @Test
    @DisplayName("a land use listed twice fails to load, naming the place")
    void duplicateLandUse() {
      ObjectNode tree = PackFiles.shanghai();
      tree.withArray("landUses").add(tree.withArray("landUses").get(0).deepCopy());
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "land-uses.json"))
          .hasMessageContaining("landUses[2].code").hasMessageContaining("industrial");
    }

    @Test
    @DisplayName("a rule without versions fails to load")
    void noVersions() {
      ObjectNode tree = PackFiles.shanghai();
      PackFiles.rule(tree, Rules.ROOFTOP_GREENING).putArray("versions");
      assertThatThrownBy(() -> PackFiles.load(tree, dir, "no-versions.json"))
          .hasMessageContaining("rules[8].versions").hasMessageContaining("at least one version");
    }

    @Test
    @DisplayName("a file that is not JSON fails to load, naming the file")
    void notJson() throws Exception {
      Path file = Files.writeString(dir.resolve("garbage.json"), "{ not json");
      assertThatThrownBy(() -> PolicyPacks.load(file))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("garbage.json");
    }

    @Test
    @DisplayName("a missing file fails with the file's name, saying there is no such file")
    void missingFile() {
      assertThatThrownBy(() -> PolicyPacks.load(dir.resolve("nowhere.json"))).hasMessageContaining("nowhere.json")
          .hasMessageContaining("no such file");
    }
  }

  @Nested
  @DisplayName("a bureau's own rule kind")
  class CustomKind {

    /** A made-up local rule: the site must be at least 5,000 m². */
    record MinimumSite(RuleId id, Citation citation) implements Rule {
      @Override
      public RuleResult evaluate(RuleContext context) {
        double minimum = context.parameters().orElseThrow().number("minimumSiteAreaM2");
        var site = context.parcel().siteAreaM2();
        if (site.isEmpty()) {
          return RuleResult.of(this, Verdict.INSUFFICIENT_DATA, LocalizedText.of("缺少用地面积。", "No site area."));
        }
        Verdict v = context.atLeast(site.getAsDouble(), minimum) ? Verdict.COMPLIANT : Verdict.NON_COMPLIANT;
        return RuleResult.of(this, v, LocalizedText.of("用地面积。", "Site area."))
            .withMeasure(site.getAsDouble(), minimum, "m2");
      }

      @Override
      public void validate(Parameters parameters) {
        parameters.number("minimumSiteAreaM2");
      }
    }

    private ObjectNode treeWithCustomRule(double minimum) {
      ObjectNode tree = PackFiles.shanghai();
      ObjectNode rule = tree.withArray("rules").addObject();
      rule.put("id", "minimum-site");
      rule.put("kind", "minimum-site-area");
      ObjectNode citation = rule.putObject("citation");
      citation.put("document", "某区规〔2024〕1号");
      citation.put("clause", "三");
      citation.putObject("text").put("zh", "用地面积不小于5000平方米。").put("en", "Sites of at least 5,000 m².");
      ObjectNode version = rule.putArray("versions").addObject();
      version.put("effectiveFrom", "2021-09-01");
      version.putObject("values").put("minimumSiteAreaM2", minimum);
      version.putObject("sources").putObject("minimumSiteAreaM2").put("kind", "POLICY").put("document", "某区规〔2024〕1号")
          .put("clause", "三").putObject("quote").put("zh", "用地面积不小于5000平方米。").put("en", "Sites of at least 5,000 m².");
      return tree;
    }

    private static final Map<String, BiFunction<RuleId, Citation, Rule>> KINDS =
        Map.of("minimum-site-area", MinimumSite::new);

    @Test
    @DisplayName("is judged beside the built-in rules")
    void judged() throws Exception {
      Path file = dir.resolve("local.json");
      PackFiles.MAPPER.writeValue(file.toFile(), treeWithCustomRule(12_000));
      PolicyPack pack = PolicyPacks.load(file, KINDS);
      Report report = Checker.of(pack).check(industrial("P").build());
      assertThat(report.result(RuleId.of("minimum-site")).orElseThrow().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(report.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
      assertThat(report.result(Rules.PLOT_RATIO_MINIMUM).orElseThrow().verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    @DisplayName("fails to load when its kind is not given to the loader")
    void kindNotGiven() throws Exception {
      Path file = dir.resolve("local.json");
      PackFiles.MAPPER.writeValue(file.toFile(), treeWithCustomRule(12_000));
      assertThatThrownBy(() -> PolicyPacks.load(file)).hasMessageContaining("minimum-site-area");
    }

    @Test
    @DisplayName("may have parameters its validate does not read, which only it can judge")
    void ownParametersLeftToIt() throws Exception {
      ObjectNode tree = treeWithCustomRule(12_000);
      ((ObjectNode) tree.withArray("rules").get(tree.withArray("rules").size() - 1).get("versions").get(0).get("values"))
          .put("reviewNote", "checked by the district");
      Path file = dir.resolve("local.json");
      PackFiles.MAPPER.writeValue(file.toFile(), tree);
      assertThat(PolicyPacks.load(file, KINDS).entries()).hasSize(ShanghaiPacks.shanghai2021().entries().size() + 1);
    }

    @Test
    @DisplayName("needs a source for each of its numbers, as the built-in kinds do")
    void numbersSourced() throws Exception {
      ObjectNode tree = treeWithCustomRule(12_000);
      ((ObjectNode) tree.withArray("rules").get(tree.withArray("rules").size() - 1).get("versions").get(0))
          .remove("sources");
      Path file = dir.resolve("local.json");
      PackFiles.MAPPER.writeValue(file.toFile(), tree);
      assertThatThrownBy(() -> PolicyPacks.load(file, KINDS))
          .hasMessageContaining("rule minimum-site").hasMessageContaining("sources.minimumSiteAreaM2");
    }

    @Test
    @DisplayName("has its parameters validated at load time")
    void validatedAtLoad() throws Exception {
      ObjectNode tree = treeWithCustomRule(0);
      ((ObjectNode) tree.withArray("rules").get(tree.withArray("rules").size() - 1).get("versions").get(0))
          .putObject("values");
      Path file = dir.resolve("local.json");
      PackFiles.MAPPER.writeValue(file.toFile(), tree);
      assertThatThrownBy(() -> PolicyPacks.load(file, KINDS)).hasMessageContaining("minimumSiteAreaM2");
    }
  }
}
