package io.landcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.LandTenure;
import io.landcheck.model.ProjectCategory;
import io.landcheck.model.RecognitionLevel;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChineseNamesTest {

  @Test
  @DisplayName("every project category is found by its Chinese name, and an ordinary project by 无 too")
  void categories() {
    assertThat(ProjectCategory.values())
        .allSatisfy(c -> assertThat(ProjectCategory.byChineseName()).containsEntry(c.zh(), c));
    assertThat(ProjectCategory.byChineseName()).containsEntry("无", ProjectCategory.NONE)
        .hasSize(ProjectCategory.values().length + 1);
  }

  @Test
  @DisplayName("every recognition level is found by its Chinese name")
  void levels() {
    assertThat(RecognitionLevel.byChineseName()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "区级", RecognitionLevel.DISTRICT, "市级", RecognitionLevel.MUNICIPAL, "国家级", RecognitionLevel.NATIONAL));
  }

  @Test
  @DisplayName("new and existing land are found by 新增 and 存量")
  void tenures() {
    assertThat(LandTenure.byChineseName())
        .containsExactlyInAnyOrderEntriesOf(Map.of("新增", LandTenure.NEW, "存量", LandTenure.EXISTING));
  }

  @Test
  @DisplayName("the Chinese names are those the policy writes for the qualifying categories")
  void policyNames() {
    assertThat(ProjectCategory.ENTERPRISE_TECHNOLOGY_CENTRE.zh()).isEqualTo("企业技术中心");
    assertThat(ProjectCategory.MANUFACTURING_INNOVATION_CENTRE.zh()).isEqualTo("制造业创新中心");
  }
}
