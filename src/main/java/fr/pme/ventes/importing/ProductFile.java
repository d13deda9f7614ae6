package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.storage.Jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** produits.csv → staging_produits → produits (current state) and produits_versions (price history). */
final class ProductFile {
    static final Column REFERENCE = Column.required("ID Référence produit",
            "ID Référence produit", "Référence produit", "Référence", "Ref", "ID", "ID produit", "Code produit", "Produit");
    static final Column NAME = Column.required("Nom", "Nom", "Nom produit", "Nom du produit", "Libellé", "Désignation");
    static final Column PRICE = Column.required("Prix", "Prix", "Prix unitaire", "Prix de vente", "Prix HT", "Prix TTC");
    static final Column STOCK = Column.optional("Stock", "Stock", "Quantité en stock");
    static final List<Column> COLUMNS = List.of(REFERENCE, NAME, PRICE, STOCK);

    private ProductFile() {
    }

    static FileReport importFile(ImportRun run, DownloadedFile source) throws SQLException {
        List<String> warnings = new ArrayList<>();
        long read = 0;
        long rejected = 0;
        long staged;
        try (CsvTable table = CsvTable.open(DataFile.PRODUITS, source.url(), source.path(), COLUMNS);
             StagingBatch staging = new StagingBatch(run.connection, "produits")) {
            RowChecks.warnIgnoredHeaders(table, warnings);
            Map<String, Long> seen = new HashMap<>();
            for (CsvTable.Row row : table) {
                if (row.blank()) {
                    continue;
                }
                read++;
                try {
                    RowChecks.fieldCount(table, row);
                    String reference = Values.text(row, REFERENCE);
                    String name = Values.text(row, NAME);
                    long cents = Values.priceCents(row, PRICE);
                    Long stock = RowChecks.optionalWholeNumber(row, STOCK);
                    Long first = seen.putIfAbsent(reference, row.line());
                    if (first != null) {
                        throw new RejectedValue(REFERENCE, "référence " + reference + " déjà décrite ligne " + first
                                + " ; seule la première description est gardée");
                    }
                    staging.add(reference, name, cents, stock, row.line());
                } catch (RejectedValue why) {
                    rejected++;
                    run.reject(DataFile.PRODUITS, row, why);
                }
            }
            staged = staging.finish();
        }
        long fresh = Jdbc.count(run.connection, "import/compter_nouveaux_produits.sql");
        long changed = Jdbc.update(run.connection, "import/fusionner_produits.sql");
        Jdbc.update(run.connection, "import/fermer_versions_produits.sql", run.versionsFrom);
        long opened = Jdbc.update(run.connection, "import/ouvrir_versions_produits.sql", run.versionsFrom, run.importId);
        return new FileReport(DataFile.PRODUITS, source.url(), "importe", read, fresh, changed - fresh,
                staged - changed, rejected, opened - fresh, warnings);
    }
}
