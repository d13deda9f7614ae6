package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.acquisition.DownloadedFile;
import fr.pme.ventes.storage.Jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * magasins.csv → staging_magasins → magasins and magasins_versions. A store's region comes from the file's
 * Région column when it has one, otherwise from the city reference table; an unknown city gets "Inconnue".
 */
final class StoreFile {
    static final String UNKNOWN_REGION = "Inconnue";
    static final Column ID = Column.required("ID Magasin",
            "ID Magasin", "ID", "Magasin", "Numéro magasin", "Numéro de magasin", "Code magasin", "Identifiant magasin");
    static final Column CITY = Column.required("Ville", "Ville", "Commune", "Ville du magasin");
    static final Column REGION = Column.optional("Région", "Région", "Region du magasin");
    static final Column EMPLOYEES = Column.optional("Nombre de salariés",
            "Nombre de salariés", "Nombre salariés", "Nb salariés", "Salariés", "Effectif", "Employés", "Nombre d'employés");
    static final List<Column> COLUMNS = List.of(ID, CITY, REGION, EMPLOYEES);

    private StoreFile() {
    }

    static FileReport importFile(ImportRun run, DownloadedFile source) throws SQLException {
        Map<String, String> regionOfCity = new HashMap<>();
        for (String[] pair : Jdbc.query(run.connection, "import/lire_villes.sql", r -> new String[]{r.getString(1), r.getString(2)})) {
            regionOfCity.put(pair[0], pair[1]);
        }
        Map<String, String> regions = new HashMap<>();
        for (String name : Jdbc.query(run.connection, "import/lire_regions.sql", r -> r.getString(1))) {
            regions.put(Names.normalize(name), name);
        }
        List<String> warnings = new ArrayList<>();
        TreeSet<String> unknownCities = new TreeSet<>();
        long read = 0;
        long rejected = 0;
        long staged;
        try (CsvTable table = CsvTable.open(DataFile.MAGASINS, source.url(), source.path(), COLUMNS);
             StagingBatch staging = new StagingBatch(run.connection, "magasins")) {
            RowChecks.warnIgnoredHeaders(table, warnings);
            Map<Long, Long> seen = new HashMap<>();
            for (CsvTable.Row row : table) {
                if (row.blank()) {
                    continue;
                }
                read++;
                try {
                    RowChecks.fieldCount(table, row);
                    long id = Values.wholeNumber(ID, Values.text(row, ID));
                    if (id <= 0) {
                        throw new RejectedValue(ID, "identifiant de magasin non positif : " + id);
                    }
                    String city = Values.text(row, CITY);
                    String region = row.get(REGION);
                    if (region == null || region.isBlank()) {
                        region = regionOfCity.get(Names.normalize(city));
                        if (region == null) {
                            unknownCities.add(city);
                            region = UNKNOWN_REGION;
                        }
                    } else {
                        Values.checkCharacters(REGION, region);
                        region = regions.getOrDefault(Names.normalize(region), region.strip());
                    }
                    Long employees = RowChecks.optionalWholeNumber(row, EMPLOYEES);
                    Long first = seen.putIfAbsent(id, row.line());
                    if (first != null) {
                        throw new RejectedValue(ID, "magasin " + id + " déjà décrit ligne " + first
                                + " ; seule la première description est gardée");
                    }
                    staging.add(id, city, region, employees, row.line());
                } catch (RejectedValue why) {
                    rejected++;
                    run.reject(DataFile.MAGASINS, row, why);
                }
            }
            staged = staging.finish();
        }
        if (!unknownCities.isEmpty()) {
            warnings.add("villes absentes du référentiel, classées dans la région « " + UNKNOWN_REGION + " » : "
                    + String.join(", ", unknownCities) + " (ajoutez une colonne Région au fichier pour les placer)");
        }
        Jdbc.update(run.connection, "import/ajouter_regions.sql");
        long fresh = Jdbc.count(run.connection, "import/compter_nouveaux_magasins.sql");
        long changed = Jdbc.update(run.connection, "import/fusionner_magasins.sql");
        Jdbc.update(run.connection, "import/fermer_versions_magasins.sql", run.versionsFrom);
        long opened = Jdbc.update(run.connection, "import/ouvrir_versions_magasins.sql", run.versionsFrom, run.importId);
        return new FileReport(DataFile.MAGASINS, source.url(), "importe", read, fresh, changed - fresh,
                staged - changed, rejected, opened - fresh, warnings);
    }
}
