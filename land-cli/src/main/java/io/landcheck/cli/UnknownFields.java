package io.landcheck.cli;

import io.landcheck.batch.BatchRow;
import io.landcheck.batch.BatchSink;
import io.landcheck.model.RecordError;
import java.util.Locale;

/**
 * Counts the records in error because their file has fields landcheck does not know (a GIS layer's
 * {@code unknown field(s) [...]}, a facts file's {@code unknown field}), so that {@code check} can point to
 * {@code --ignore-unknown-fields} after its summary line.
 */
final class UnknownFields implements BatchSink {

  private long records;
  private boolean garbledNames;

  @Override
  public void row(BatchRow row) {
    boolean unknown = false;
    for (RecordError e : row.report().errors()) {
      if (e.message().contains("unknown field")) {
        unknown = true;
        // a name GBK bytes read as UTF-8 make: replacement characters, or the charset error beside it
        garbledNames |= e.message().indexOf('\uFFFD') >= 0;
      }
      garbledNames |= e.field().equals("charset");
    }
    if (unknown) {
      records++;
    }
  }

  /** The records that have an error naming unknown fields. */
  long records() {
    return records;
  }

  /**
   * The line that tells what to do about them, in the summary's language: when the field names are not valid in the
   * charset they were read in (a GBK Shapefile without .cpg read as UTF-8), to name the charset with
   * {@code --charset}, since ignoring the fields would drop every fact; else {@code --ignore-unknown-fields}.
   */
  String hint(Language lang) {
    if (garbledNames) {
      return String.format(Locale.ROOT, lang == Language.ZH
              ? "landcheck: %,d 条记录因输入含未知字段而出错；字段名不是有效的 UTF-8，文件多半是 GBK 编码（Shapefile 缺少 .cpg）："
                  + "加 --charset GBK 按其编码读取（不要用 --ignore-unknown-fields，那会丢掉这些字段）"
              : "landcheck: %,d records are in error because the input has fields landcheck does not know; their names "
                  + "are not valid UTF-8, so the file is most likely GBK (a Shapefile without .cpg): read it with "
                  + "--charset GBK (not --ignore-unknown-fields, which would drop those fields)",
          records);
    }
    return String.format(Locale.ROOT, lang == Language.ZH
            ? "landcheck: %,d 条记录因输入含未知字段而出错；若其中没有拼错的字段名，加 --ignore-unknown-fields 可忽略这些字段"
            : "landcheck: %,d records are in error because the input has fields landcheck does not know; if none is a "
                + "misspelt field name, --ignore-unknown-fields ignores them",
        records);
  }
}
