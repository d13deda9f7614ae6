package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks each row of a sales file and sends its sale on: to the day stream (written with its whole day), to the
 * sorted keys, or to the staging table when it cannot be packed into a key. A bad row is rejected with its reason.
 * <p>
 * A class of its own rather than the body of a loop in SaleFile.importFile (issue #7): the JIT compiled that long
 * method twice, once while its loop ran and once whole for calls that never came, 1.2 s of C2 time in a 1 M import
 * on a machine with two cores. Here the hot code is one method called once per row, compiled once.
 */
final class SaleRows {
    private static final int PROGRESS_EVERY = 50_000;

    private final ImportRun run;
    private final CsvTable table;
    private final DateFormat dateFormat;
    private final Set<String> products;
    private final Set<Long> stores;
    private final boolean withIds;
    /** Null when sales cannot be packed (identifiers, PostgreSQL, too many products): all of them go to staging. */
    private final SaleKeys keys;
    private final DayStream stream;
    private final SortedKeys sorted;
    private final StagingBatch staging;
    /** The days of the sales sent to {@code sorted} or {@code staging}; shared with the day stream. */
    private final Set<String> days;
    private final Set<String> stagedDays = new HashSet<>();
    private long read;
    private long rejected;
    private LocalDate lastDate;
    private String lastDay;
    private String lastUsualDay;

    SaleRows(ImportRun run, CsvTable table, DateFormat dateFormat, Set<String> products, Set<Long> stores,
             SaleKeys keys, DayStream stream, SortedKeys sorted, StagingBatch staging, Set<String> days) {
        this.run = run;
        this.table = table;
        this.dateFormat = dateFormat;
        this.products = products;
        this.stores = stores;
        this.withIds = table.has(SaleFile.SALE_ID);
        this.keys = keys;
        this.stream = stream;
        this.sorted = sorted;
        this.staging = staging;
        this.days = days;
    }

    /** Reads the whole table, then shows the reading complete. */
    void readAll() throws SQLException, IOException {
        for (CsvTable.Row row : table.rows()) {
            accept(row);
        }
        run.options.progress().advanced(DataFile.VENTES.label(), read, table.size(), table.size());
    }

    long read() {
        return read;
    }

    long rejected() {
        return rejected;
    }

    /** The days of the sales that went to staging: their summaries are SQL's. */
    Set<String> stagedDays() {
        return stagedDays;
    }

    private void accept(CsvTable.Row row) throws SQLException, IOException {
        if (row.blank()) {
            return;
        }
        if (++read % PROGRESS_EVERY == 0) {
            run.options.progress().advanced(DataFile.VENTES.label(), read, table.bytesRead(), table.size());
        }
        try {
            RowChecks.fieldCount(table, row);
            String id = withIds ? blankToNull(row.get(SaleFile.SALE_ID)) : null;
            LocalDate date = date(row);
            String product = Values.text(row, SaleFile.PRODUCT);
            if (!products.contains(product)) {
                throw new RejectedValue(SaleFile.PRODUCT, "produit inconnu : " + product);
            }
            long store = Values.wholeNumber(SaleFile.STORE, Values.text(row, SaleFile.STORE));
            if (!stores.contains(store)) {
                throw new RejectedValue(SaleFile.STORE, "magasin inconnu : " + store);
            }
            int quantity = Values.quantity(row, SaleFile.QUANTITY);
            send(date, product, store, quantity, row.line(), id);
        } catch (RejectedValue why) {
            rejected++;
            run.reject(DataFile.VENTES, row, why);
        }
    }

    private void send(LocalDate date, String product, long store, int quantity, long line, String id)
            throws SQLException, IOException {
        if (!date.equals(lastDate)) {     // files mostly come in date order: one text per day
            lastDate = date;
            lastDay = date.toString();
        }
        long key = keys == null ? -1 : keys.pack(date, product, store, quantity);
        if (key >= 0 && stream != null && stream.accept(key)) {
            return;       // written with its whole day
        }
        if (lastDay != lastUsualDay) {
            days.add(lastDay);
            lastUsualDay = lastDay;
        }
        if (key >= 0) {
            sorted.add(key);
        } else {
            staging.add(lastDay, product, store, quantity, line, id);
            stagedDays.add(lastDay);
        }
    }

    private LocalDate date(CsvTable.Row row) throws RejectedValue {
        String value = Values.text(row, SaleFile.DATE);
        LocalDate date = dateFormat.parse(value);
        if (date == null) {
            throw new RejectedValue(SaleFile.DATE,
                    "date invalide pour le format " + dateFormat.pattern() + " du fichier : " + value);
        }
        return date;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
