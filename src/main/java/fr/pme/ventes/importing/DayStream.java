package fr.pme.ventes.importing;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * Writes the sales of each new day as soon as the file moves on to the next day, while the rest of the file is
 * still being read (issue #7: reading, on two threads, and writing, on one, used to follow each other). This holds
 * only while the file comes in date order and brings days the database does not have yet: at the first row of an
 * earlier day, or of a day too large to hold in memory, streaming stops for good, and the day being gathered and
 * every later row take the usual path (sorted at the end of the file). Rows of days already in the database, before
 * the first streamed day, take the usual path too.
 */
final class DayStream implements AutoCloseable {
    private final ImportRun run;
    private final SaleKeys keys;
    private final long lastStoredDay;
    private final int maxDay;
    private final SortedKeys usualPath;
    private final Set<String> usualDays;
    private long[] buffer = new long[1024];
    private int count;
    private long day = -1;
    private boolean open = true;
    /** Made for the first day written: a re-import of stored days prepares nothing. */
    private SaleWriter writer;

    /**
     * @param lastStoredDay the database's most recent sale day ({@link SaleKeys#dayNumber}), -1 when it has none
     * @param usualPath     where keys go once streaming stopped
     * @param usualDays     the days of the keys given to {@code usualPath}, for their summaries
     */
    DayStream(ImportRun run, SaleKeys keys, long lastStoredDay, int maxDay, SortedKeys usualPath, Set<String> usualDays) {
        this.run = run;
        this.keys = keys;
        this.lastStoredDay = lastStoredDay;
        this.maxDay = maxDay;
        this.usualPath = usualPath;
        this.usualDays = usualDays;
    }

    /** Takes a valid sale's key; false when it must take the usual path. */
    boolean accept(long key) throws SQLException, IOException {
        if (!open) {
            return false;
        }
        long keyDay = keys.dayNumber(key);
        if (keyDay != day) {
            if (keyDay < day) {
                stop();
                return false;
            }
            if (keyDay <= lastStoredDay) {
                return false;       // before the first streamed day: a day the database already has
            }
            writeDay();
            day = keyDay;
        }
        if (count == buffer.length) {
            if (count >= maxDay) {
                stop();
                return false;
            }
            buffer = Arrays.copyOf(buffer, Math.min(maxDay, count * 2));
        }
        buffer[count++] = key;
        return true;
    }

    /** Writes the last day gathered; returns how many sales were new. */
    long finish() throws SQLException {
        if (open) {
            writeDay();
        }
        return writer == null ? 0 : writer.finish();
    }

    /** The sales written while reading, new or not. */
    long keysWritten() {
        return writer == null ? 0 : writer.keysWritten();
    }

    /** The days written while reading: a later row of one of them continues its ranks. */
    BitSet daysWritten() {
        return writer == null ? new BitSet() : writer.daysWritten();
    }

    @Override
    public void close() throws SQLException {
        if (writer != null) {
            writer.close();
        }
    }

    private void writeDay() throws SQLException {
        if (count > 0) {
            if (writer == null) {
                writer = SaleWriter.streaming(run, keys);
            }
            writer.writeDay(buffer, count);
            count = 0;
        }
    }

    private void stop() throws IOException {
        open = false;
        if (count > 0) {
            for (int i = 0; i < count; i++) {
                usualPath.add(buffer[i]);
            }
            usualDays.add(keys.day(buffer[0]));
            count = 0;
        }
        buffer = null;
    }
}
