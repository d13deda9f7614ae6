package fr.pme.ventes.importing;

import fr.pme.ventes.storage.Jdbc;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Writes the sorted keys of a sales file straight into {@code ventes} (SQLite): identical sales are adjacent once
 * sorted, so each one's occurrence is its rank in its group, and rows reach the B-tree in key order, by statements of
 * {@value #ROWS} rows. Rows already stored (same key, same rank) are left alone by ON CONFLICT DO NOTHING.
 * For the tail of a grown file, and for the days this import already wrote while reading (see {@link #streaming}),
 * ranks continue after the highest one already stored for the same sale.
 * The sales of days the database did not have also feed their summaries on the way (NewDaySummaries).
 */
final class SaleWriter implements AutoCloseable {
    static final int ROWS = 500;
    private static final String SCRIPT = "import/inserer_ventes.sql";
    private static final int PROGRESS_EVERY = 500_000;
    private static final Logger LOG = Logger.getLogger(SaleWriter.class);

    private final ImportRun run;
    private final SaleKeys keys;
    private final boolean continueRanks;
    private final BitSet writtenBefore;
    private final PreparedStatement many;
    private final PreparedStatement lastRank;
    private final BitSet newDays;
    /** Made for the first sale of a new day: a write into stored days alone reads no prices. */
    private NewDaySummaries summaries;
    private final long[] pendingKeys = new long[ROWS];
    private final int[] pendingRanks = new int[ROWS];
    private int pending;
    private long inserted;
    private long written;
    private long previous = -1;
    private int rank;
    private long cachedDay = -1;
    private String cachedDayText;

    /**
     * @param continueRanks  continue the ranks of every day the database already has (the tail of a grown file)
     * @param writtenBefore  days this import wrote while reading: their ranks continue too (a file out of date order)
     * @param newDays        days without any sale in the database, by {@link SaleKeys#dayNumber(long)}: summarised here
     */
    private SaleWriter(ImportRun run, SaleKeys keys, boolean continueRanks, BitSet writtenBefore, BitSet newDays)
            throws SQLException {
        this.run = run;
        this.keys = keys;
        this.continueRanks = continueRanks;
        this.writtenBefore = writtenBefore;
        this.newDays = newDays;
        this.many = MultiRowStatement.of(SCRIPT, ROWS).prepare(run.connection);
        this.lastRank = continueRanks || !writtenBefore.isEmpty()
                ? Jdbc.prepare(run.connection, "import/rang_max_vente.sql") : null;
    }

    /**
     * Writes every key of {@code sorted} and returns how many sales were new. {@code newDays} are days without sales
     * in the database: all of theirs are written, and their summaries with them.
     */
    static long write(ImportRun run, SaleKeys keys, SortedKeys sorted, boolean continueRanks, BitSet writtenBefore,
                      BitSet newDays) throws SQLException, IOException {
        try (SaleWriter writer = new SaleWriter(run, keys, continueRanks, writtenBefore, newDays)) {
            SortedKeys.Cursor cursor = sorted.sorted();
            while (cursor.next()) {
                writer.add(cursor.key(), sorted.count());
            }
            return writer.finish();
        }
    }

    /**
     * A writer for whole days written while the file is still being read (issue #7: reading and writing used to
     * follow each other, one core idle in each phase). Every day given to {@link #writeDay} must be absent from the
     * database and complete: the caller stops streaming at the first row of an earlier day.
     */
    static SaleWriter streaming(ImportRun run, SaleKeys keys) throws SQLException {
        return new SaleWriter(run, keys, false, new BitSet(), new BitSet());
    }

    /** All the keys of one new day, in any order: sorted here, then written with their summaries. */
    void writeDay(long[] dayKeys, int count) throws SQLException {
        Arrays.sort(dayKeys, 0, count);
        newDays.set((int) keys.dayNumber(dayKeys[0]));
        for (int i = 0; i < count; i++) {
            add(dayKeys[i], -1);
        }
    }

    /** The sales given to this writer so far. */
    long keysWritten() {
        return written;
    }

    /** The days given to {@link #writeDay} so far. */
    BitSet daysWritten() {
        return newDays;
    }

    private void add(long key, long total) throws SQLException {
        rank = key == previous ? rank + 1 : firstRank(key);
        previous = key;
        pendingKeys[pending] = key;
        pendingRanks[pending] = rank;
        if (newDays.get((int) keys.dayNumber(key))) {
            if (summaries == null) {
                summaries = new NewDaySummaries(run.connection, keys);
            }
            summaries.add(key);
        }
        if (++pending == ROWS) {
            flush(many, ROWS);
        }
        if (++written % PROGRESS_EVERY == 0 && total > 0) {     // while streaming, the reading's progress shows
            run.options.progress().advanced("ventes (écriture en base)", written, written, total);
        }
    }

    /** Writes what is pending and the summaries; returns how many sales were new. */
    long finish() throws SQLException {
        if (pending > 0) {
            try (PreparedStatement rest = MultiRowStatement.of(SCRIPT, pending).prepare(run.connection)) {
                flush(rest, pending);
            }
        }
        if (summaries != null) {
            long rows = summaries.finish();
            LOG.debugf("ventes: %d new days summarised while writing (%d summary rows)", newDays.cardinality(), rows);
        }
        return inserted;
    }

    @Override
    public void close() throws SQLException {
        try (many; lastRank; NewDaySummaries summaries = this.summaries) {
            // all three closed (lastRank and summaries may be null), even when one close fails
        }
    }

    private int firstRank(long key) throws SQLException {
        int day = (int) keys.dayNumber(key);
        if (newDays.get(day) || !(continueRanks || writtenBefore.get(day))) {
            return 1;       // no sale of that day is stored yet, or a re-import numbers from 1: no query
        }
        Jdbc.bind(lastRank, day(key), keys.product(key), keys.store(key), keys.quantity(key));
        try (var rows = lastRank.executeQuery()) {
            return (rows.next() ? rows.getInt(1) : 0) + 1;
        }
    }

    /** Typed binds: no boxed value per field. */
    private void flush(PreparedStatement statement, int rows) throws SQLException {
        int p = 1;
        for (int i = 0; i < rows; i++) {
            long key = pendingKeys[i];
            statement.setString(p++, day(key));
            statement.setString(p++, keys.product(key));
            statement.setLong(p++, keys.store(key));
            statement.setInt(p++, keys.quantity(key));
            statement.setInt(p++, pendingRanks[i]);
            statement.setLong(p++, run.importId);
        }
        inserted += statement.executeUpdate();
        pending = 0;
    }

    /** Days arrive in order: one LocalDate formatting per day, not per row. */
    private String day(long key) {
        long day = keys.dayNumber(key);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDayText = keys.day(key);
        }
        return cachedDayText;
    }
}
