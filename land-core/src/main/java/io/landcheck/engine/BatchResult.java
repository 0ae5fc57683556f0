package io.landcheck.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.landcheck.model.LocalizedText;
import io.landcheck.pack.Citation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of a {@link BatchRule} over a whole batch of parcels: the rule, the clause it implements and its verdict,
 * and the figures behind the verdict in a shape every report can render without knowing the rule: named tables of
 * groups (the Shanghai pack's green-space balance gives one row per park and per district) and the parcels the rule
 * finds non-compliant, each with the m² it lacks and why.
 *
 * <p>The names a report writes (the key of the result, of each table and of each column) are part of the result, and
 * the section's heading and anchor are the rule's ({@link BatchRule#title()}, {@link BatchRule#htmlId()}), so a
 * writer renders any batch rule the same way and a report's layout is fixed by the rule that gives it.
 *
 * @since 0.1
 */
public interface BatchResult {

  /**
   * The rule's id.
   *
   * @return the id of the batch rule that gave this result, as the pack names it
   */
  RuleId ruleId();

  /**
   * The clause.
   *
   * @return the clause (条款) the batch rule implements
   */
  Citation citation();

  /**
   * The verdict over the batch.
   *
   * @return {@link Verdict#COMPLIANT}, {@link Verdict#NON_COMPLIANT} or {@link Verdict#NOT_APPLICABLE} (nothing in the
   *     batch the rule judges)
   */
  Verdict verdict();

  /**
   * The result's key in reports.
   *
   * @return the name of the result's member in a JSON report, such as {@code greenSpace}; letters only
   */
  String reportKey();

  /**
   * What the result comes to, in a few words to put after a batch's counts.
   *
   * @return a phrase such as 绿地未补足 / green space left short
   */
  LocalizedText outcome();

  /**
   * The figures behind the verdict, table by table.
   *
   * @return the tables in the order reports give them; an unmodifiable list, empty when the rule has no figures
   */
  List<Table> tables();

  /**
   * The heading of the list of parcels the rule finds non-compliant.
   *
   * @return a heading such as 未补足的宗地 / Parcels left short
   */
  LocalizedText parcelLinesTitle();

  /**
   * The parcels the rule finds non-compliant over the batch.
   *
   * @return one line per parcel, in input order; an unmodifiable list, empty when none is
   */
  List<ParcelLine> parcelLines();

  /**
   * How a report writes the values of a column.
   *
   * @since 0.1
   */
  enum Format {
    /** A text, left out of a JSON object and blank in a table where it is absent. */
    TEXT,
    /** An area in m². */
    M2,
    /** An area in m² that a verdict stands on: a table never rounds a figure above 0 down to 0. */
    M2_BESIDE_VERDICT
  }

  /**
   * A column of a {@link Table}.
   *
   * @param key the column's name in a JSON report, such as {@code cutM2}; not blank
   * @param heading the column's heading in a table; not null
   * @param format how its values are written; not null
   * @since 0.1
   */
  record Column(String key, LocalizedText heading, Format format) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and a blank key an
     * {@code IllegalArgumentException}.
     *
     * @param key the column's name in a JSON report; not blank
     * @param heading the column's heading in a table; not null
     * @param format how its values are written; not null
     */
    public Column {
      checkNotNull(key, "Column.key");
      checkArgument(!key.isBlank(), "Column.key must not be blank");
      checkNotNull(heading, "Column.heading");
      checkNotNull(format, "Column.format");
    }
  }

  /**
   * One value of a table's row: a text (perhaps absent) or a figure.
   *
   * @param text the text, for a {@link Format#TEXT} column; empty for a figure or an absent text
   * @param figure the figure, for an m² column; empty for a text
   * @since 0.1
   */
  record Cell(Optional<String> text, OptionalDouble figure) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and a cell with both
     * a text and a figure an {@code IllegalArgumentException}.
     *
     * @param text the text; not null
     * @param figure the figure; not null
     */
    public Cell {
      checkNotNull(text, "Cell.text");
      checkNotNull(figure, "Cell.figure");
      checkArgument(text.isEmpty() || figure.isEmpty(), "Cell has both a text and a figure");
    }

    /**
     * A text cell.
     *
     * @param text the text; not null
     * @return the cell
     */
    public static Cell text(String text) {
      return new Cell(Optional.of(text), OptionalDouble.empty());
    }

    /**
     * A text cell that may be absent.
     *
     * @param text the text, if any; not null
     * @return the cell
     */
    public static Cell text(Optional<String> text) {
      return new Cell(text, OptionalDouble.empty());
    }

    /**
     * A figure cell.
     *
     * @param figure the figure, finite
     * @return the cell
     */
    public static Cell figure(double figure) {
      checkArgument(Double.isFinite(figure), "Cell.figure must be finite, was %s", figure);
      return new Cell(Optional.empty(), OptionalDouble.of(figure));
    }
  }

  /**
   * A table of a batch result, such as the balance of each park.
   *
   * @param key the table's name in a JSON report, such as {@code parks}; not blank
   * @param inHtml whether an HTML report shows it (when it has rows)
   * @param columns the columns, in order; not empty
   * @param rows the rows, each with one cell per column; not null
   * @since 0.1
   */
  record Table(String key, boolean inHtml, List<Column> columns, List<List<Cell>> rows) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and a row with a
     * different number of cells than there are columns an {@code IllegalArgumentException}.
     *
     * @param key the table's name in a JSON report; not blank
     * @param inHtml whether an HTML report shows it
     * @param columns the columns, in order; not empty
     * @param rows the rows, each with one cell per column; not null
     */
    public Table {
      checkNotNull(key, "Table.key");
      checkArgument(!key.isBlank(), "Table.key must not be blank");
      checkNotNull(columns, "Table.columns");
      checkArgument(!columns.isEmpty(), "Table.columns must not be empty");
      checkNotNull(rows, "Table.rows");
      columns = ImmutableList.copyOf(columns);
      ImmutableList.Builder<List<Cell>> copies = ImmutableList.builder();
      for (List<Cell> row : rows) {
        checkArgument(row.size() == columns.size(), "Table %s: a row has %s cells for %s columns", key, row.size(),
            columns.size());
        copies.add(ImmutableList.copyOf(row));
      }
      rows = copies.build();
    }
  }

  /**
   * A parcel the batch rule finds non-compliant.
   *
   * @param parcelId the parcel; not null
   * @param parkId its park, if known; not null
   * @param districtId its park's district, if known; not null
   * @param figureM2 what the parcel lacks, m² (for the green-space balance, the cut not made up); finite
   * @param reason why, in Chinese and English; not null
   * @since 0.1
   */
  record ParcelLine(String parcelId, Optional<String> parkId, Optional<String> districtId, double figureM2,
      LocalizedText reason) {

    /**
     * Checks the components: a null component throws a {@code NullPointerException} naming it, and a figure that is
     * not finite an {@code IllegalArgumentException}.
     *
     * @param parcelId the parcel; not null
     * @param parkId its park, if known; not null
     * @param districtId its park's district, if known; not null
     * @param figureM2 what the parcel lacks, m²; finite
     * @param reason why, in Chinese and English; not null
     */
    public ParcelLine {
      checkNotNull(parcelId, "ParcelLine.parcelId");
      checkNotNull(parkId, "ParcelLine.parkId");
      checkNotNull(districtId, "ParcelLine.districtId");
      checkArgument(Double.isFinite(figureM2), "ParcelLine.figureM2 must be finite, was %s", figureM2);
      checkNotNull(reason, "ParcelLine.reason");
    }
  }
}
