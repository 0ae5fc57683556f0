package io.landcheck.engine;

import static io.landcheck.engine.TestParcels.APPLIED;
import static io.landcheck.engine.TestParcels.industrial;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.landcheck.model.Parcel;
import io.landcheck.model.ProjectCategory;
import io.landcheck.pack.ParameterSource;
import io.landcheck.pack.shanghai.Rules;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The general lease cap is not in 沪府规〔2021〕9号: the lease-term messages that name it say where it comes from. */
@DisplayName("Lease-term messages on the general cap")
class LeaseTermCapSourceTest {

  @TempDir Path dir;

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();

  private static RuleResult check(PolicyPack pack, Parcel.Builder parcel) {
    return Checker.of(pack).check(parcel.build()).result(Rules.LEASE_TERM).orElseThrow();
  }

  private static ParameterSource capSource() {
    return PACK.versions(Rules.LEASE_TERM).get(0).source("generalTermCapYears").orElseThrow();
  }

  @ParameterizedTest(name = "{0} years")
  @ValueSource(ints = {15, 30})
  @DisplayName("a term judged against the cap names the cap's source, and says it is not the cited document")
  void capNamedWithItsSource(int years) {
    RuleResult r = check(PACK, industrial("L").lease(APPLIED, years));
    assertThat(r.message().zh()).contains(capSource().label().zh()).contains("非" + PACK.document());
    assertThat(r.message().en()).contains(capSource().label().en()).contains("not " + PACK.document());
  }

  @Test
  @DisplayName("a term over the cap whose project's recognition is unknown names the cap's source too")
  void insufficientDataNamesSource() {
    RuleResult r = check(PACK, industrial("L").projectCategory(ProjectCategory.NATIONAL_STRATEGIC).lease(APPLIED, 30));
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.message().en()).contains(capSource().label().en()).contains("not " + PACK.document());
  }

  @Test
  @DisplayName("a pack whose own document fixes the cap cites nothing more in the message")
  void policyCapNeedsNoWord() {
    ObjectNode tree = PackFiles.shanghai();
    ObjectNode sources = PackFiles.sources(tree, Rules.LEASE_TERM);
    sources.set("generalTermCapYears", sources.get("maxTermYears").deepCopy());
    PolicyPack pack = PackFiles.load(tree, dir, "cap-by-policy.json");
    RuleResult r = check(pack, industrial("L").lease(APPLIED, 30));
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(r.message().en()).doesNotContain("not " + PACK.document());
  }
}
