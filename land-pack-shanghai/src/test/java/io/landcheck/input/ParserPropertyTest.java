package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.engine.PolicyPack;
import io.landcheck.engine.PolicyPacks;
import io.landcheck.model.RecordError;
import io.landcheck.pack.shanghai.ShanghaiPacks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a file holds in a field, the one parser and mapping give a value or an error naming the record and a field
 * of the schema, never an exception escaping the record (issue: nothing crashes). A failure prints jqwik's seed; rerun
 * it with {@code -Dlandcheck.jqwikSeed=SEED}.
 */
class ParserPropertyTest {

  private static final PolicyPack PACK = ShanghaiPacks.shanghai2021();
  private static final Set<String> FIELD_NAMES = new HashSet<>(ParcelRecords.fieldNames());

  /** Any raw value a reader may hand over: text (any code points, bytes decoded leniently), numbers of every kind. */
  @Provide
  Arbitrary<Object> rawValues() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(b -> new String(b, StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(b -> (Object) b),
        Arbitraries.of("2024-02-30", "20240230", "0x1p13", "1F", "NaN", "-0", "1e400", "是", "否", "", " ", "市级",
            "INDUSTRIAL", "产业项目类工业用地", "2023/5/1", "20230501", "99999999", "1,000", "--1", "∞"),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, -0.0, 1e308).map(d -> (Object) d),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70).negate(), BigInteger.TWO.pow(70)).map(i -> (Object) i),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30))
            .map(i -> (Object) new BigDecimal(i, 10)),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(Map.of("生产", "x")),
        Arbitraries.just(List.of(1, 2)));
  }

  @Provide
  Arbitrary<ParcelField> fields() {
    return Arbitraries.of(ParcelField.class);
  }

  @Property(tries = 3000)
  @Label("any value in any field gives a parcel or errors naming schema fields, never an exception")
  void anyValueInAnyField(@ForAll("fields") ParcelField field, @ForAll("rawValues") Object value,
      @ForAll("fields") ParcelField other, @ForAll("rawValues") Object otherValue) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("parcel_id", "P-1");
    record.put(field.fieldName(), value);
    record.put(other.fieldName(), otherValue);
    ParcelRecords.Mapped m = ParcelRecords.map(record, "hostile.json#1", PACK);
    assertThat(m.parcel().isPresent()).as("a parcel exactly when there is no error").isEqualTo(m.errors().isEmpty());
    for (RecordError e : m.errors()) {
      String base = e.field().replaceFirst("\\[.*$", "");
      assertThat(FIELD_NAMES).as("error %s names a field of the schema", e).contains(base);
      assertThat(e.message()).startsWith("hostile.json#1: ");
    }
  }

  @Property(tries = 2000)
  @Label("any value read as any type gives a value or one error naming the field, never an exception")
  void anyValueAnyType(@ForAll("rawValues") Object value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("f", value);
    for (int kind = 0; kind < 6; kind++) {
      List<RecordError> errors = new ArrayList<>();
      Values v = Values.of(fields, "P-1", "x#1", "", errors);
      boolean got = switch (kind) {
        case 0 -> v.text("f").isPresent();
        case 1 -> v.yesNo("f").isPresent();
        case 2 -> v.date("f").isPresent();
        case 3 -> v.wholeNumber("f").isPresent();
        case 4 -> v.number("f").isPresent();
        default -> v.areasByUse("f").isPresent();
      };
      assertThat(errors).allSatisfy(e -> assertThat(e.field()).startsWith("f"));
      if (kind < 5) {
        assertThat(got && !errors.isEmpty()).as("a value and an error at once").isFalse();
        assertThat(errors.size()).isLessThanOrEqualTo(1);
      }
    }
  }
}
