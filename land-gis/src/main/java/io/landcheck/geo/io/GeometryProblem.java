package io.landcheck.geo.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.landcheck.model.RecordError;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a reader could not read a feature's geometry (its footprint or boundary, 基底 / 宗地界线), filed as the record's
 * {@code INVALID_GEOMETRY} error: the template {@code INVALID_GEOMETRY.name} (RecordError's templates, in English and
 * Chinese), whose place {@code {0}} takes the record's locator, and its facts for the places {@code {1}}, {@code {2}},
 * .... A library's exception text (JTS, the JDK) is kept as it is, an English argument in either language.
 *
 * @param name the template's name after {@code INVALID_GEOMETRY.}
 * @param arguments the facts for the template's places from {@code {1}} on
 */
record GeometryProblem(String name, List<String> arguments) {

  GeometryProblem {
    checkNotNull(name, "GeometryProblem.name");
    checkArgument(!name.isEmpty(), "GeometryProblem.name: a template's name");
    arguments = List.copyOf(arguments);
    List<String> all = new ArrayList<>(arguments.size() + 1);
    all.add("");
    all.addAll(arguments);
    RecordError.of(RecordError.Code.INVALID_GEOMETRY, "GeometryProblem", "geometry", name, all); // a template that fits
  }

  /** The problem told by the template {@code INVALID_GEOMETRY.name} with {@code arguments}. */
  static GeometryProblem of(String name, Object... arguments) {
    List<String> texts = new ArrayList<>(arguments.length);
    for (Object a : arguments) {
      texts.add(String.valueOf(a));
    }
    return new GeometryProblem(name, texts);
  }

  /** The problem as one text that {@link #decoded} reads back exactly, for a staging table's column lc_problem. */
  String encoded() {
    List<String> texts = new ArrayList<>(arguments.size() + 1);
    texts.add(name);
    texts.addAll(arguments);
    return Staging.joined(texts);
  }

  /** The problem {@link #encoded} wrote. */
  static GeometryProblem decoded(String column) {
    List<String> texts = Staging.split(column);
    return new GeometryProblem(texts.get(0), texts.subList(1, texts.size()));
  }
}
