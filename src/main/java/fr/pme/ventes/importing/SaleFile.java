package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.storage.Dialect;
import fr.pme.ventes.storage.Jdbc;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ventes.csv → staging_ventes (valid rows only) → ventes, merged by key so that importing the same or a grown
 * file adds each sale once. Unknown products or stores, unreadable dates and bad quantities are rejected per row.
 */
final class SaleFile {
    static final Column SALE_ID = Column.optional("ID vente", "ID vente", "Identifiant vente", "Numéro de vente", "Numéro vente", "Vente");
    static final Column DATE = Column.required("Date", "Date", "Date vente", "Date de vente", "Date de la vente", "Jour");
    static final Column PRODUCT = Column.required("ID Référence produit",
            "ID Référence produit", "Référence produit", "Produit", "Référence", "Ref", "ID produit", "Code produit");
    static final Column STORE = Column.required("ID Magasin", "ID Magasin", "Magasin", "Numéro magasin", "Code magasin");
    static final Column QUANTITY = Column.required("Quantité", "Quantité", "Qté", "Qte", "Qty", "Quantité vendue", "Nombre");
    static final List<Column> COLUMNS = List.of(SALE_ID, DATE, PRODUCT, STORE, QUANTITY);
    /** Keys sorted in memory at a time: 16 MB; a larger file is sorted in runs spilled to disk (SortedKeys). */
    private static final int SORT_CHUNK = 1 << 21;
    private static final Logger LOG = Logger.getLogger(SaleFile.class);

    private SaleFile() {
    }

    static FileReport importFile(ImportRun run, DownloadedFile source) throws SQLException {
        Set<String> products = new HashSet<>(Jdbc.query(run.connection, "import/lire_produits.sql", r -> r.getString(1)));
        Set<Long> stores = new HashSet<>(Jdbc.query(run.connection, "import/lire_magasins.sql", r -> r.getLong(1)));
        long started = System.nanoTime();
        DateFormat dateFormat = run.options.dateFormat();
        if (dateFormat == null) {
            try (CsvTable table = CsvTable.open(DataFile.VENTES, source.url(), source.path(), COLUMNS)) {
                dateFormat = DateFormatDecider.decide(table, DATE);
            }
        }
        List<String> warnings = new ArrayList<>();
        long read;
        long rejected;
        long staged;
        long stagedRows;
        long written = 0;
        boolean withIds;
        Optional<AppendedTail> tail;
        Set<String> days = new HashSet<>();
        SaleKeys keys = null;
        try (CsvTable table = CsvTable.open(DataFile.VENTES, source.url(), source.path(), COLUMNS);
             StagingBatch staging = new StagingBatch(run.connection, "ventes");
             StagingBatch touchedDays = new StagingBatch(run.connection, "jours");
             SortedKeys sorted = new SortedKeys(spillDirectory(source), SORT_CHUNK)) {
            RowChecks.warnIgnoredHeaders(table, warnings);
            withIds = table.has(SALE_ID);
            keys = withIds || Dialect.of(run.connection) != Dialect.SQLITE
                    ? null : SaleKeys.of(products, stores).orElse(null);
            tail = withIds ? Optional.empty() : AppendedTail.detect(run.connection, source);
            tail.ifPresent(t -> table.continueAt(source.path(), t.offset(), t.linesBefore()));
            if (keys != null) {
                // Every value written from here on is one the import built and checked (keys, rejection
                // documents): SQLite's CHECK constraints would only repeat those checks, at ~0.4 s per million sales
                // for the date's GLOB alone. « ventes verifier » (integrity_check) checks them all.
                Jdbc.update(run.connection, "import/contraintes_check_ignorees.sql");
            }
            try (DayStream stream = keys == null ? null
                    : new DayStream(run, keys, lastStoredDay(run), SORT_CHUNK, sorted, days)) {
                SaleRows rows = new SaleRows(run, table, dateFormat, products, stores, keys, stream, sorted,
                        staging, days);
                rows.readAll();
                read = rows.read();
                rejected = rows.rejected();
                long streamed = stream == null ? 0 : stream.finish();
                BitSet daysWritten = stream == null ? new BitSet() : stream.daysWritten();
                stagedRows = staging.finish();
                staged = stagedRows + sorted.count() + (stream == null ? 0 : stream.keysWritten());
                BitSet newDays = splitNewDays(run, keys != null, days, rows.stagedDays(), touchedDays);
                touchedDays.finish();
                LOG.debugf("ventes: %d rows parsed and staged in %d ms, %d new sales of %d days written while reading",
                        read, (System.nanoTime() - started) / 1_000_000, streamed, daysWritten.cardinality());
                written = streamed;
                if (keys != null && sorted.count() > 0) {
                    long writing = System.nanoTime();
                    long rest = SaleWriter.write(run, keys, sorted, tail.isPresent(), daysWritten, newDays);
                    written += rest;
                    LOG.debugf("ventes: %d sorted rows written in %d ms", rest, (System.nanoTime() - writing) / 1_000_000);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (keys != null) {
                Jdbc.update(run.connection, "import/contraintes_check_verifiees.sql");
            }
        }
        boolean stagedSome = stagedRows > 0;     // rows that could not be packed, merged by SQL (rare)
        if (tail.isPresent()) {
            long inserted = written + (stagedSome ? Jdbc.update(run.connection, "import/fusionner_ventes_ajoutees.sql", run.importId) : 0);
            refreshSummary(run, inserted > 0);
            long before = tail.get().previousRows();
            return new FileReport(DataFile.VENTES, source.url(), "importe", read, inserted, 0,
                    before + staged - inserted, rejected, 0, warnings, before + read,
                    new FileReport.Incremental(before, source.received() < source.size()));
        }
        if (!withIds) {
            long merging = System.nanoTime();
            long inserted = written + (stagedSome ? Jdbc.update(run.connection, "import/fusionner_ventes.sql", run.importId) : 0);
            LOG.debugf("ventes: %d rows merged in %d ms", inserted, (System.nanoTime() - merging) / 1_000_000);
            refreshSummary(run, inserted > 0);
            return new FileReport(DataFile.VENTES, source.url(), "importe", read, inserted, 0, staged - inserted,
                    rejected, 0, warnings);
        }
        rejected += rejectRepeatedIds(run);
        staged = read - rejected;
        long before = Jdbc.count(run.connection, "import/compter_ventes.sql");
        long changes = Jdbc.update(run.connection, "import/fusionner_ventes_par_id.sql", run.importId);
        long inserted = Jdbc.count(run.connection, "import/compter_ventes.sql") - before;
        long updated = changes - inserted;
        if (changes > 0) {      // an updated sale may have moved to another day: rebuild the whole summary
            Jdbc.update(run.connection, "import/effacer_resume.sql");
            Jdbc.update(run.connection, "import/recalculer_resume.sql");
            ValuedAggregates.recomputeAll(run.connection);
        }
        return new FileReport(DataFile.VENTES, source.url(), "importe", read, inserted, updated,
                staged - inserted - updated, rejected, 0, warnings);
    }

    /** Recomputes the daily summary and the valued aggregates of the days this file touched, when it brought new sales. */
    private static void refreshSummary(ImportRun run, boolean changed) throws SQLException {
        if (!changed) {
            return;
        }
        long started = System.nanoTime();
        ValuedAggregates.beforeTouchedDaysChange(run.connection);
        Jdbc.update(run.connection, "import/effacer_resume_jours.sql");
        long rows = Jdbc.update(run.connection, "import/recalculer_resume_jours.sql");
        long aggregating = System.nanoTime();
        ValuedAggregates.afterTouchedDaysChange(run.connection);
        LOG.debugf("ventes: daily summary, %d rows recomputed in %d ms, valued aggregates in %d ms", rows,
                (aggregating - started) / 1_000_000, (System.nanoTime() - aggregating) / 1_000_000);
    }

    /**
     * Sorts the touched days: those without any sale in the database yet are returned, by
     * {@link SaleKeys#dayNumber(LocalDate)}, for SaleWriter to summarise as it writes them; the others go to
     * {@code touchedDays}, summarised again by SQL after the write (refreshSummary). Without packed keys, or for a
     * day with rows taking the SQL path ({@code stagedDays}), every day goes to SQL.
     */
    private static BitSet splitNewDays(ImportRun run, boolean packed, Set<String> days, Set<String> stagedDays,
                                       StagingBatch touchedDays) throws SQLException {
        BitSet newDays = new BitSet();
        try (PreparedStatement known = packed ? Jdbc.prepare(run.connection, "import/jour_en_base.sql") : null) {
            for (String day : days) {
                long number = SaleKeys.dayNumber(LocalDate.parse(day));
                if (known != null && number >= 0 && !stagedDays.contains(day) && !inDatabase(known, day)) {
                    newDays.set((int) number);
                } else {
                    touchedDays.add(day);
                }
            }
        }
        return newDays;
    }

    private static boolean inDatabase(PreparedStatement known, String day) throws SQLException {
        Jdbc.bind(known, day);
        try (ResultSet exists = known.executeQuery()) {
            return !exists.next() || exists.getInt(1) != 0;
        }
    }

    /** The most recent day with sales in the database, as a {@link SaleKeys#dayNumber}; -1 when it has none. */
    private static long lastStoredDay(ImportRun run) throws SQLException {
        String day = Jdbc.single(run.connection, "import/derniere_date_vente.sql", r -> r.getString(1));
        return day == null ? -1 : SaleKeys.dayNumber(LocalDate.parse(day));
    }

    /** Only the first row of a repeated sale identifier is kept; the others are rejected. */
    private static long rejectRepeatedIds(ImportRun run) throws SQLException {
        List<Object[]> repeated = Jdbc.query(run.connection, "import/doublons_id_vente.sql",
                r -> new Object[]{r.getLong(1), r.getString(2), r.getLong(3)});
        for (Object[] r : repeated) {
            Jdbc.update(run.connection, "import/retirer_staging_ventes.sql", r[0]);
            run.reject(new Rejection(DataFile.VENTES, (Long) r[0], SALE_ID.label(), String.valueOf(r[1]),
                    "identifiant de vente " + r[1] + " déjà utilisé ligne " + r[2]));
        }
        return repeated.size();
    }

    /** Sort runs go next to the downloaded file: a place the run can write to, on the data's own disk. */
    private static Path spillDirectory(DownloadedFile source) {
        Path landed = source.path() == null ? null : source.path().toAbsolutePath().getParent();
        return landed != null ? landed : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
