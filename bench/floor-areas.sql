-- Per parcel: site area (ST_Area), above-ground floor area (地上总建筑面积), floor area counted in the plot ratio
-- (计容建筑面积), plot ratio (容积率) and the two mixed-use shares of 沪府规〔2021〕9号 五(二), computed the way a PostGIS
-- user would:
--   * each building's footprint is clipped to its parcel once (ST_Intersection); a storey with a footprint of its
--     own is clipped to the parcel itself; both clips are CTEs computed once (MATERIALIZED), each a join whose
--     geometry work PostgreSQL can hand to parallel workers (bench/run-vs-postgis shows the plan);
--   * an above-ground storey (level > 0) lower than full_height_storey_m counts low_storey_factor in both areas
--     (GB/T 50353); one higher than tall_storey_m counts tall_storey_factor in the plot ratio's 计容建筑面积 only
--     (工业项目建设用地控制指标), once in 地上总建筑面积, of which the shares are taken (thresholds and factors from the
--     pack, table pack_measurement, in force on the application date);
--   * use codes and aliases map to use classes through pack_use_names / pack_use_classes (with the pack's
--     classByLandUse overrides); the shares' numerators are the pack's mixed-use rules' use classes.
-- Tables parcels, buildings, storeys are the GeoPackage layers loaded by ogr2ogr. One SELECT, in the parcels layer's
-- order, without a closing semicolon: bench/run-vs-postgis wraps it in COPY (...) TO STDOUT for the CSV, and in
-- EXPLAIN to show the plan.
WITH mix AS (
  SELECT array_agg(use_class) FILTER (WHERE rule = 'mixed-use-ancillary') AS ancillary,
         array_agg(use_class) FILTER (WHERE rule = 'mixed-use-amenity') AS amenity
  FROM pack_mixed_use
),
params AS (
  SELECT p.fid, p.parcel_id, coalesce(p.land_use, '') AS land_use,
         m.full_height_storey_m, m.low_storey_factor, m.tall_storey_m, m.tall_storey_factor
  FROM parcels p
  CROSS JOIN LATERAL (
    SELECT * FROM pack_measurement
    WHERE effective_from <= coalesce(p.application_date::date, current_date)
    ORDER BY effective_from DESC LIMIT 1) m
),
building_inside AS MATERIALIZED (
  SELECT b.parcel_id, b.building_id,
         CASE WHEN ST_CoveredBy(b.geom, p.geom) THEN ST_Area(b.geom)
              ELSE ST_Area(ST_Intersection(b.geom, p.geom)) END AS inside_m2
  FROM buildings b JOIN parcels p USING (parcel_id)
),
storey_own AS MATERIALIZED (
  SELECT s.fid,
         CASE WHEN ST_CoveredBy(s.geom, p.geom) THEN ST_Area(s.geom)
              ELSE ST_Area(ST_Intersection(s.geom, p.geom)) END AS inside_m2
  FROM storeys s JOIN parcels p USING (parcel_id)
  WHERE s.geom IS NOT NULL AND s.level > 0
),
storey_inside AS (
  SELECT s.parcel_id,
         coalesce(by_land_use.class, by_default.class) AS use_class,
         CASE WHEN s.geom IS NULL THEN bi.inside_m2 ELSE so.inside_m2 END AS inside_m2,
         s.storey_height_m, p.full_height_storey_m, p.low_storey_factor, p.tall_storey_m, p.tall_storey_factor
  FROM storeys s
  JOIN params p USING (parcel_id)
  JOIN building_inside bi USING (parcel_id, building_id)
  LEFT JOIN storey_own so ON so.fid = s.fid
  JOIN pack_use_names n ON n.name = lower(trim(s.use_code))
  JOIN pack_use_classes by_default ON by_default.code = n.code AND by_default.land_use = ''
  LEFT JOIN pack_use_classes by_land_use ON by_land_use.code = n.code AND by_land_use.land_use = p.land_use
  WHERE s.level > 0
),
storey_counted AS (
  SELECT parcel_id, use_class,
         inside_m2 * CASE WHEN storey_height_m < full_height_storey_m THEN low_storey_factor
                          ELSE 1.0 END AS gross_m2,
         inside_m2 * CASE WHEN storey_height_m < full_height_storey_m THEN low_storey_factor
                          WHEN storey_height_m > tall_storey_m THEN tall_storey_factor
                          ELSE 1.0 END AS counted_m2
  FROM storey_inside
),
per_parcel AS (
  SELECT parcel_id,
         sum(gross_m2) AS above_ground_m2,
         sum(counted_m2) AS plot_ratio_floor_area_m2,
         coalesce(sum(gross_m2) FILTER (WHERE use_class = ANY (mix.ancillary)), 0) AS ancillary_m2,
         coalesce(sum(gross_m2) FILTER (WHERE use_class = ANY (mix.amenity)), 0) AS amenity_m2
  FROM storey_counted CROSS JOIN mix
  GROUP BY parcel_id
)
SELECT p.parcel_id,
       ST_Area(p.geom) AS site_area_m2,
       coalesce(a.above_ground_m2, 0) AS above_ground_m2,
       coalesce(a.plot_ratio_floor_area_m2, 0) AS plot_ratio_floor_area_m2,
       coalesce(a.plot_ratio_floor_area_m2, 0) / ST_Area(p.geom) AS plot_ratio,
       a.ancillary_m2 / nullif(a.above_ground_m2, 0) AS ancillary_share,
       a.amenity_m2 / nullif(a.above_ground_m2, 0) AS amenity_share
FROM parcels p LEFT JOIN per_parcel a USING (parcel_id)
ORDER BY p.fid
