package io.landcheck.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.landcheck.PolicyPack;
import io.landcheck.RecordError;
import io.landcheck.input.JsonValues;
import io.landcheck.input.ParcelRecords;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a facts-only parcel file: a JSON array of objects, one per parcel, with the attribute names of the GIS file
 * schema (English or Chinese) plus the floor areas a bureau already knows, for batches without geometry:
 *
 * <pre>{@code
 * [ { "parcel_id": "P-001", "land_use": "industrial", "single_use": true, "site_area_m2": 10000,
 *     "floor_areas_m2": { "生产": 18000, "宿舍": 1200 }, "underground_m2": 3000,
 *     "lease_grant_date": "2023-05-01", "lease_term_years": 20, "park_id": "P1", "district_id": "浦东新区" } ]
 * }</pre>
 *
 * <p>The file is read one object at a time, so its size does not matter. A record with a bad field becomes an
 * error item naming the record and the field; the next record is read as usual.
 */
final class FactsFile implements Iterator<Item>, Closeable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String name;
  private final PolicyPack pack;
  private final boolean ignoreUnknownFields;
  private final InputStream in;
  private final JsonParser parser;
  private long record;
  private Item next;
  private boolean done;

  private FactsFile(Path file, PolicyPack pack, boolean ignoreUnknownFields) throws IOException {
    this.name = file.getFileName().toString();
    this.pack = pack;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.in = Files.newInputStream(file);
    JsonParser p = null;
    try {
      p = new JsonFactory(MAPPER).createParser(in);
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException(name + ": a facts file must be a JSON array of parcel objects");
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    this.parser = p;
  }

  /**
   * Opens a facts file for reading its records in order. A field the file format does not know is an error on its
   * record (a misspelt name would drop a fact), unless {@code ignoreUnknownFields}.
   */
  static FactsFile open(Path file, PolicyPack pack, boolean ignoreUnknownFields) throws IOException {
    return new FactsFile(file, pack, ignoreUnknownFields);
  }

  /** Whether the file is a facts file: JSON whose first token opens an array (GeoJSON is an object). */
  static boolean looksLikeFacts(Path file) throws IOException {
    if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
      return c == '[';
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  private Item readNext() {
    try {
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        return null;
      }
      record++;
      String locator = name + "#" + record;
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return Item.ofErrors(record - 1, locator, locator,
            ImmutableList.of(RecordError.of(locator, "(record)", "must be a JSON object, was " + token)));
      }
      ObjectNode node = parser.readValueAsTree();
      return item(node, locator);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot be read after record " + record + ": " + e.getMessage(), e);
    }
  }

  private Item item(ObjectNode node, String locator) {
    @SuppressWarnings("unchecked")
    Map<String, Object> given = (Map<String, Object>) JsonValues.of(node);
    ParcelRecords.Mapped mapped = ParcelRecords.mapNamed(given, locator, pack, ignoreUnknownFields);
    if (mapped.parcel().isPresent()) {
      return Item.ofFacts(record - 1, locator, mapped.parcel().get());
    }
    return Item.ofErrors(record - 1, mapped.id(), locator, ImmutableList.copyOf(mapped.errors()))
        .withPlace(mapped.parkId(), mapped.districtId());
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      in.close();
    }
  }
}
