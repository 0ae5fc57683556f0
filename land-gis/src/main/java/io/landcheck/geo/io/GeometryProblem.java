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
 * ...; or, from a reader that has no template for it yet, a text in English ({@link #text(String)}). A library's
 * exception text (JTS, the JDK) is kept as it is, an English argument in either language.
 *
 * @param name the template's name after {@code INVALID_GEOMETRY.}; empty for a problem given as a text
 * @param arguments the facts for the template's places from {@code {1}} on; for a text, the text alone
 */
record GeometryProblem(String name, List<String> arguments) {

  GeometryProblem {
    checkNotNull(name, "GeometryProblem.name");
    arguments = List.copyOf(arguments);
    if (name.isEmpty()) {
      checkArgument(arguments.size() == 1 && !arguments.get(0).isBlank(), "GeometryProblem: a text, not blank");
    } else {
      List<String> all = new ArrayList<>(arguments.size() + 1);
      all.add("");
      all.addAll(arguments);
      RecordError.of(RecordError.Code.INVALID_GEOMETRY, "GeometryProblem", "geometry", name, all); // a template that fits
    }
  }

  /** The problem told by the template {@code INVALID_GEOMETRY.name} with {@code arguments}. */
  static GeometryProblem of(String name, Object... arguments) {
    List<String> texts = new ArrayList<>(arguments.length);
    for (Object a : arguments) {
      texts.add(String.valueOf(a));
    }
    return new GeometryProblem(name, texts);
  }

  /** A problem told only by an English text, from a reader that has no template for it. */
  static GeometryProblem text(String text) {
    return new GeometryProblem("", List.of(text));
  }

  /** Whether this problem is told by a template (not a text alone). */
  boolean templated() {
    return !name.isEmpty();
  }

  /** The text of a problem told by a text alone. */
  String text() {
    return arguments.get(0);
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
