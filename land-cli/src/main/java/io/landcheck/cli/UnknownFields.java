package io.landcheck.cli;

import io.landcheck.RecordError;
import io.landcheck.batch.BatchRow;
import io.landcheck.batch.BatchSink;
import java.util.Locale;

/**
 * Counts the records in error because their file has fields landcheck does not know (a GIS layer's
 * {@code unknown field(s) [...]}, a facts file's {@code unknown field}), so that {@code check} can point to
 * {@code --ignore-unknown-fields} after its summary line.
 */
final class UnknownFields implements BatchSink {

  private long records;

  @Override
  public void row(BatchRow row) {
    for (RecordError e : row.report().errors()) {
      if (e.message().contains("unknown field")) {
        records++;
        return;
      }
    }
  }

  /** The records that have an error naming unknown fields. */
  long records() {
    return records;
  }

  /** The line that tells what to do about them, in the summary's language. */
  String hint(Language lang) {
    return String.format(Locale.ROOT, lang == Language.ZH
            ? "landcheck: %,d 条记录因输入含未知字段而出错；若其中没有拼错的字段名，加 --ignore-unknown-fields 可忽略这些字段"
            : "landcheck: %,d records are in error because the input has fields landcheck does not know; if none is a "
                + "misspelt field name, --ignore-unknown-fields ignores them",
        records);
  }
}
