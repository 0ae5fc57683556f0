package io.landcheck.geo.io;

import io.landcheck.geo.GeoParcel;
import io.landcheck.model.Intensification;
import io.landcheck.model.Parcel;
import io.landcheck.model.SplitRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A parcel's attributes as the schema's fields, for the writers (absent facts are null). */
final class Rows {
  private Rows() {}

  static Map<String, Object> parcel(GeoParcel gp) {
    Parcel p = gp.facts();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("parcel_id", gp.id());
    r.put("land_use", p.landUse().map(l -> l.code()).orElse(null));
    r.put("single_use", p.singleUse().orElse(null));
    r.put("project_category", p.projectCategory().name());
    r.put("recognition_level", p.recognitionLevel().map(Enum::name).orElse(null));
    r.put("lease_grant_date", p.lease().map(l -> l.grantDate().toString()).orElse(null));
    r.put("lease_term_years", p.lease().map(l -> l.termYears()).orElse(null));
    r.put("tenure", p.tenure().map(Enum::name).orElse(null));
    r.put("site_area_m2", gp.declaredSiteAreaM2().isPresent() ? gp.declaredSiteAreaM2().getAsDouble() : null);
    r.put("plot_ratio_cap", p.approvedPlotRatioCap().isPresent() ? p.approvedPlotRatioCap().getAsDouble() : null);
    Intensification i = p.intensification().orElse(null);
    r.put("pr_before", i == null ? null : i.plotRatioBefore());
    r.put("pr_after", i == null ? null : i.plotRatioAfter());
    r.put("ug_before_m2", i == null ? null : i.undergroundBeforeM2());
    r.put("ug_after_m2", i == null ? null : i.undergroundAfterM2());
    r.put("intensification_approved", i == null ? null : i.approved());
    r.put("green_cut_m2", p.greenSpace().map(g -> g.attachedGreenCutM2()).orElse(null));
    r.put("green_added_m2", p.greenSpace().map(g -> g.greenAddedInParkM2()).orElse(null));
    r.put("rooftop_green_m2", p.rooftopGreenAreaM2().isPresent() ? p.rooftopGreenAreaM2().getAsDouble() : null);
    r.put("district_id", p.districtId().orElse(null));
    r.put("park_id", p.parkId().orElse(null));
    r.put("application_date", p.applicationDate().map(Object::toString).orElse(null));
    SplitRequest split = p.split().orElse(null);
    r.put("split_conditions_met", split == null ? null : split.meetsPlanningSplitConditions());
    r.put("split_listed", split == null ? null : split.listedWithIndustryProject());
    r.put("split_recipient", split == null ? null : split.recipient().name());
    r.put("split_area_m2", split == null || split.surplusAreaM2().isEmpty() ? null : split.surplusAreaM2().getAsDouble());
    r.put("split_width_m",
        split == null || split.surplusMinWidthM().isEmpty() ? null : split.surplusMinWidthM().getAsDouble());
    return r;
  }
}
