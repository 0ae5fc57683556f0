package io.landcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.landcheck.model.RecordError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A date written yyyy-MM-dd is the day java.time's strict {@code uuuu-MM-dd} formatter reads, and none where it reads
 * none: for years 0000 to 9999 and every month and day from 00 to 99.
 */
@Label("Dates written yyyy-MM-dd")
class IsoDatePropertyTest {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Property(tries = 5_000)
  @Label("are read as java.time's strict formatter reads them, and refused where it refuses them")
  void asJavaTimeReadsThem(@ForAll("written") String written) {
    List<RecordError> errors = new ArrayList<>();
    Optional<LocalDate> read = Values.of(Map.of("f", written), "P-1", "in.json#1", "", errors).date("f");

    Optional<LocalDate> expected;
    try {
      expected = Optional.of(LocalDate.parse(written, STRICT));
    } catch (DateTimeParseException e) {
      expected = Optional.empty();
    }
    assertThat(read).isEqualTo(expected);
    assertThat(errors).hasSize(expected.isPresent() ? 0 : 1);
  }

  @Provide
  Arbitrary<String> written() {
    Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999),
        Arbitraries.of(1900, 2000, 2023, 2024, 2100));
    Arbitrary<Integer> months = Arbitraries.integers().between(0, 99).edgeCases(e -> e.add(0, 1, 12, 13));
    Arbitrary<Integer> days = Arbitraries.oneOf(Arbitraries.integers().between(0, 99),
        Arbitraries.integers().between(27, 32));
    return Combinators.combine(years, months, days)
        .as((y, m, d) -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d));
  }
}
