package io.landcheck.geo.io;

import com.google.common.collect.AbstractIterator;
import io.landcheck.geo.Georeference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A source read in one pass over its parcel features, each parcel's buildings and storeys coming from a
 * {@link ChildStore} (taken off its joined cursors as the parcels stream by, or looked up by parcel id), then one error
 * record per missing parcel that buildings or storeys name (the orphans). The file is walked on the thread consuming
 * the stream (a GeoPackage's rows are read ahead on reader threads, see {@link ChunkReader}); the rest of a parcel's
 * assembly ({@link Assembler#read}) can be deferred to any thread.
 */
final class AssembledSource implements ParcelSource {

  /**
   * The parcel features of a file, in file order: a reader says in {@link #computeNext} how to read the next one (or
   * {@link #endOfData()}); closing releases the file.
   */
  abstract static class Features extends AbstractIterator<RawFeature> implements AutoCloseable {
    @Override
    public abstract void close() throws IOException;
  }

  /**
   * The parcel records of a file, deferred, in file order and numbered from 0 (see {@link Assembler#read}); closing
   * releases what reading them holds.
   */
  abstract static class Records implements AutoCloseable {
    /** The next record, or empty after the last. */
    abstract Optional<SourceRecord.Deferred> next() throws SQLException;

    @Override
    public abstract void close() throws IOException;

    /** The records of these features, each read by {@code assembler} with its children from the assembler's store. */
    static Records of(Features features, Assembler assembler) {
      return new Records() {
        long index;

        @Override
        Optional<SourceRecord.Deferred> next() throws SQLException {
          return features.hasNext() ? Optional.of(assembler.read(index++, features.next())) : Optional.empty();
        }

        @Override
        public void close() throws IOException {
          features.close();
        }
      };
    }
  }

  private final String description;
  private final Optional<SourceCrs> crs;
  private final OptionalLong count;
  private final Records parcels;
  private final ChildStore store;
  private final AutoCloseable resources;
  private final List<ByLocation.Unplaced> unplaced;
  private boolean used;
  private boolean closed;
  private ChildStore.Orphans openOrphans;

  AssembledSource(String description, OptionalLong count, Features parcels, ChildStore store, Assembler assembler,
      AutoCloseable resources) {
    this(description, assembler, count, Records.of(parcels, assembler), store, resources);
  }

  /**
   * A source of these records, read by {@code assembler}; after them come the buildings it placed on no parcel by
   * location, then the orphans {@code store} gives.
   */
  AssembledSource(String description, Assembler assembler, OptionalLong count, Records parcels, ChildStore store,
      AutoCloseable resources) {
    this.description = description;
    this.crs = assembler.crs();
    this.unplaced = assembler.unplaced();
    this.count = count;
    this.parcels = parcels;
    this.store = store;
    this.resources = resources;
  }

  /** The records, each assembled on the thread reading the stream. */
  @Override
  public Stream<SourceRecord> records() {
    return deferredRecords().map(SourceRecord.Deferred::assemble);
  }

  /**
   * The records: each parcel's row, id and children read here, in file order, and the rest of its assembly deferred
   * ({@link Assembler#read}); the orphan records, cheap, already assembled.
   */
  @Override
  public synchronized Stream<SourceRecord.Deferred> deferredRecords() {
    if (used) {
      throw new IllegalStateException(description + ": records can be read only once");
    }
    used = true;
    Iterator<SourceRecord.Deferred> it = new AbstractIterator<>() {
      long index;
      int unplacedShown;
      ChildStore.Orphans orphans;

      @Override
      protected SourceRecord.Deferred computeNext() {
        try {
          if (orphans == null) {
            Optional<SourceRecord.Deferred> parcel = parcels.next();
            if (parcel.isPresent()) {
              index = parcel.get().index() + 1;
              return parcel.get();
            }
            if (unplacedShown < unplaced.size()) {
              return SourceRecord.Deferred.of(ByLocation.unplacedRecord(index++, unplaced.get(unplacedShown++)));
            }
            orphans = store.orphans();
            openOrphans = orphans;
          }
          Optional<ChildStore.OrphanGroup> group = orphans.next();
          if (group.isPresent()) {
            return SourceRecord.Deferred.of(Assembler.orphans(index++, group.get()));
          }
          closeOrphans();
          return endOfData();
        } catch (SQLException e) {
          throw new UncheckedIOException(description + ": " + e.getMessage(), new IOException(e));
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  @Override
  public OptionalLong count() {
    return count;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Optional<String> coordinateSystem() {
    return crs.map(SourceCrs::name);
  }

  @Override
  public Optional<Georeference.Handling> coordinateHandling() {
    return crs.map(SourceCrs::handling);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeOrphans();
    store.close();
    for (AutoCloseable c : List.of(parcels, resources)) {
      try {
        c.close();
      } catch (Exception e) {
        // best effort: the source is finished with either way
      }
    }
  }

  private synchronized void closeOrphans() {
    if (openOrphans != null) {
      try {
        openOrphans.close();
      } catch (SQLException e) {
        // closing anyway
      }
      openOrphans = null;
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
