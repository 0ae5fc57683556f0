package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.Parcel;
import io.landcheck.pack.shanghai.GreenSpaceReport;
import io.landcheck.pack.shanghai.GreenSpaceRule;
import io.landcheck.pack.shanghai.RuleKinds;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled pack as the engine sees it: its rule kinds and packs found through the {@link RuleKindProvider}
 * service, and the green-space balance run through the generic {@link BatchRule.Collector}, as a batch runs it, giving
 * what {@link GreenSpaceRule#balance(Checker, Iterable)} gives.
 */
@DisplayName("The Shanghai pack through the engine's services and its batch-rule interface")
class BatchRuleOfThePackTest {

  private static final Checker CHECKER = Checker.of(ShanghaiPacks.shanghai2021()).onDate(LocalDate.of(2023, 6, 1));

  /** District X: park A cuts 100 and adds 30 (short 70), park B adds 50; district Y: park C cuts 20 and adds nothing. */
  private static final List<Parcel> BATCH = List.of(
      Parcel.builder("a1").districtId("X").parkId("A").greenSpace(100, 30).build(),
      Parcel.builder("b1").districtId("X").parkId("B").greenSpace(0, 50).build(),
      Parcel.builder("c1").districtId("Y").parkId("C").greenSpace(20, 0).build(),
      Parcel.builder("plain").build());

  @Test
  @DisplayName("the service finds the pack's per-parcel kinds, its batch kind and its bundled pack by id")
  void foundThroughTheService() {
    RuleKindProvider provider = ServiceLoader.load(RuleKindProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p instanceof RuleKinds).findFirst().orElseThrow();

    assertThat(provider.ruleKinds()).containsKeys("lease-term", "plot-ratio-minimum", "split-transfer");
    assertThat(provider.batchRuleKinds()).containsOnlyKeys(RuleKinds.GREEN_SPACE_BALANCE);
    assertThat(provider.bundledPacks()).containsOnlyKeys(ShanghaiPacks.SHANGHAI_2021);
    assertThat(provider.bundledPacks().get(ShanghaiPacks.SHANGHAI_2021).get().id())
        .isEqualTo(ShanghaiPacks.SHANGHAI_2021);
    assertThat(PolicyPacks.bundled(ShanghaiPacks.SHANGHAI_2021)).map(PolicyPack::id)
        .contains(ShanghaiPacks.SHANGHAI_2021);
  }

  @Test
  @DisplayName("the pack has one batch rule, the green-space balance, with its heading, anchor and description")
  void oneBatchRule() {
    assertThat(CHECKER.pack().batchRules()).singleElement().isInstanceOf(GreenSpaceRule.class)
        .satisfies(r -> {
          assertThat(r.title().in("zh")).isEqualTo("绿地平衡（五(四)）");
          assertThat(r.title().in("en")).isEqualTo("Green-space balance (5(4))");
          assertThat(r.htmlId()).isEqualTo("green");
          assertThat(r.description().in("en")).isEqualTo("balanced per park and district");
        });
  }

  @Test
  @DisplayName("collected parcel by parcel, as a batch does, the balance is the one of the whole list: a1 and c1 each 20 m² short")
  void collectorGivesTheBalance() {
    List<BatchRule.Collector> collectors = CHECKER.batchCollectors();
    for (Parcel p : BATCH) {
      for (BatchRule.Collector c : collectors) {
        assertThat(c.add(p, "test#" + p.id())).as(p.id()).isEmpty();
      }
    }
    GreenSpaceReport whole = GreenSpaceRule.balance(CHECKER, BATCH);

    assertThat(collectors).singleElement().extracting(BatchRule.Collector::result).isEqualTo(whole);
    assertThat(CHECKER.checkBatch(BATCH)).containsExactly(whole);
    assertThat(whole.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    // a1: park A is 70 short, park B's surplus of 50 in district X covers 50 of it; c1: district Y has no other park
    assertThat(whole.shortfalls()).extracting(GreenSpaceReport.Shortfall::parcelId, GreenSpaceReport.Shortfall::shortM2)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", 20.0), org.assertj.core.groups.Tuple.tuple("c1", 20.0));
  }
}
