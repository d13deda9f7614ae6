package fr.pme.ventes.importing;

import fr.pme.ventes.storage.Jdbc;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.BitSet;

/**
 * Writes the sorted keys of a sales file straight into {@code ventes} (SQLite): identical sales are adjacent once
 * sorted, so each one's occurrence is its rank in its group, and rows reach the B-tree in key order, by statements of
 * {@value #ROWS} rows. Rows already stored (same key, same rank) are left alone by ON CONFLICT DO NOTHING.
 * For the tail of a grown file, ranks continue after the highest one already stored for the same sale.
 * The sales of days the database did not have also feed their summaries on the way (NewDaySummaries).
 */
final class SaleWriter {
    static final int ROWS = 100;
    private static final String SCRIPT = "import/inserer_ventes.sql";
    private static final int PROGRESS_EVERY = 500_000;
    private static final Logger LOG = Logger.getLogger(SaleWriter.class);

    private final ImportRun run;
    private final SaleKeys keys;
    private final boolean continueRanks;
    private final PreparedStatement many;
    private final PreparedStatement lastRank;
    private final BitSet newDays;
    private final NewDaySummaries summaries;
    private final long[] pendingKeys = new long[ROWS];
    private final int[] pendingRanks = new int[ROWS];
    private int pending;
    private long inserted;
    private long cachedDay = -1;
    private String cachedDayText;

    private SaleWriter(ImportRun run, SaleKeys keys, boolean continueRanks, BitSet newDays) throws SQLException {
        this.run = run;
        this.keys = keys;
        this.continueRanks = continueRanks;
        this.newDays = newDays;
        this.many = MultiRowStatement.of(SCRIPT, ROWS).prepare(run.connection);
        this.lastRank = continueRanks ? Jdbc.prepare(run.connection, "import/rang_max_vente.sql") : null;
        this.summaries = newDays.isEmpty() ? null : new NewDaySummaries(run.connection, keys);
    }

    /**
     * Writes every key of {@code sorted} and returns how many sales were new. {@code newDays} (by
     * {@link SaleKeys#dayNumber(long)}) are days without sales in the database: all of theirs are written, and their
     * summaries with them.
     */
    static long write(ImportRun run, SaleKeys keys, SortedKeys sorted, boolean continueRanks, BitSet newDays)
            throws SQLException, IOException {
        // Every value written here comes from a key the import checked: SQLite's CHECK constraints would only
        // repeat those checks, at ~0.4 s per million sales for the date's GLOB (« ventes verifier » checks them all).
        Jdbc.update(run.connection, "import/contraintes_check_ignorees.sql");
        try {
            SaleWriter writer = new SaleWriter(run, keys, continueRanks, newDays);
            try (PreparedStatement many = writer.many; PreparedStatement lastRank = writer.lastRank;
                 NewDaySummaries summaries = writer.summaries) {
                long inserted = writer.writeAll(sorted);
                if (summaries != null) {
                    long rows = summaries.finish();
                    LOG.debugf("ventes: %d new days summarised while writing (%d summary rows)", newDays.cardinality(),
                            rows);
                }
                return inserted;
            }
        } finally {
            Jdbc.update(run.connection, "import/contraintes_check_verifiees.sql");
        }
    }

    private long writeAll(SortedKeys sorted) throws SQLException, IOException {
        SortedKeys.Cursor cursor = sorted.sorted();
        long previous = -1;
        int rank = 0;
        long written = 0;
        while (cursor.next()) {
            long key = cursor.key();
            rank = key == previous ? rank + 1 : firstRank(key);
            previous = key;
            pendingKeys[pending] = key;
            pendingRanks[pending] = rank;
            if (summaries != null && newDays.get((int) keys.dayNumber(key))) {
                summaries.add(key);
            }
            if (++pending == ROWS) {
                flush(many, ROWS);
            }
            if (++written % PROGRESS_EVERY == 0) {
                run.options.progress().advanced("ventes (écriture en base)", written, written, sorted.count());
            }
        }
        if (pending > 0) {
            try (PreparedStatement rest = MultiRowStatement.of(SCRIPT, pending).prepare(run.connection)) {
                flush(rest, pending);
            }
        }
        return inserted;
    }

    private int firstRank(long key) throws SQLException {
        if (!continueRanks || newDays.get((int) keys.dayNumber(key))) {
            return 1;       // no sale of that day is stored yet: no query (most of an appended tail)
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
