package fr.pme.ventes.verification;

import fr.pme.ventes.analysis.Analysis;
import fr.pme.ventes.analysis.AnalysisResult;
import fr.pme.ventes.analysis.AnalysisRun;
import fr.pme.ventes.analysis.Analyzer;
import fr.pme.ventes.analysis.ResultsJson;
import fr.pme.ventes.storage.Database;
import fr.pme.ventes.storage.Dialect;
import fr.pme.ventes.storage.Jdbc;
import fr.pme.ventes.storage.SchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-checks a database without changing it (issue 8): SQLite's own integrity check, foreign keys (on PostgreSQL,
 * orphans of the fact tables, which declare none there), duplicated sales,
 * the daily summary against the sales, the valued aggregates against the summary, unfinished imports, the
 * stored analyses against a fresh computation, and the applied migrations against this build's files (Flyway).
 */
@ApplicationScoped
public class Verifier {
    private final Database database;
    private final Analyzer analyzer;
    private final SchemaMigrator migrator;

    Verifier(Database database, Analyzer analyzer, SchemaMigrator migrator) {
        this.database = database;
        this.analyzer = analyzer;
        this.migrator = migrator;
    }

    public List<Check> verify() {
        database.requireExisting();
        List<Check> checks = new ArrayList<>();
        checks.add(integrity());
        if (checks.get(0).failed()) {
            return checks;          // a damaged file: the other queries would only repeat it or fail
        }
        if (!database.hasTable("ventes")) {
            checks.add(Check.error("schema", "aucune table ventes : ce fichier n'a jamais été initialisé par « ventes run »"));
            return checks;
        }
        checks.add(foreignKeys());
        checks.add(duplicates());
        checks.add(summary());
        checks.add(valuedAggregates());
        checks.add(unfinishedImports());
        checks.add(storedResults());
        checks.add(migrations());
        return checks;
    }

    private Check integrity() {
        List<String> problems = database.read(c -> Jdbc.query(c, "verification/integrite.sql", r -> r.getString(1)));
        return problems.equals(List.of("ok"))
                ? Check.ok("integrite", integrityCheckName() + " : ok")
                : Check.error("integrite", integrityCheckName() + " : " + String.join(" ; ", problems.subList(0,
                Math.min(5, problems.size()))));
    }

    /** SQLite checks its file; PostgreSQL guarantees its pages, so its variant checks that every constraint is validated. */
    private String integrityCheckName() {
        return database.dialect() == Dialect.SQLITE ? "PRAGMA integrity_check" : "contraintes validées (pg_constraint)";
    }

    private Check foreignKeys() {
        List<String> broken = database.read(c -> Jdbc.query(c, "verification/cles_etrangeres.sql",
                r -> "table " + r.getString(1) + " (" + r.getString(2) + ") vers " + r.getString(3)));
        return broken.isEmpty()
                ? Check.ok("cles_etrangeres", "aucune référence rompue")
                : Check.error("cles_etrangeres", broken.size() + " référence(s) rompue(s), dont : "
                + String.join(" ; ", broken.subList(0, Math.min(5, broken.size()))));
    }

    private Check duplicates() {
        List<String> repeated = database.read(c -> Jdbc.query(c, "verification/ventes_en_double.sql",
                r -> r.getString(1) + " " + r.getString(2) + " (" + r.getLong(3) + " fois)"));
        return repeated.isEmpty()
                ? Check.ok("doublons", "aucune vente en double")
                : Check.error("doublons", "ventes en double : " + String.join(" ; ", repeated));
    }

    private Check summary() {
        return noRowsFound("resume_quotidien", "verification/resume_incoherent.sql",
                "le résumé quotidien est exactement l'agrégat des ventes",
                " ligne(s) du résumé quotidien ne correspondent pas aux ventes");
    }

    private Check valuedAggregates() {
        return noRowsFound("agregats", "verification/agregats_incoherents.sql",
                "les agrégats lus par les analyses sont exactement les ventes valorisées regroupées",
                " ligne(s) des agrégats valorisés ne correspondent pas aux ventes");
    }

    private Check unfinishedImports() {
        return noRowsFound("imports_inacheves", "verification/imports_inacheves.sql",
                "aucun import commencé sans être terminé", " import(s) commencé(s) sans être terminé(s)");
    }

    /** A check whose script counts faulty rows: ok at zero, else an error that starts with their number. */
    private Check noRowsFound(String name, String script, String ok, String problem) {
        long found = database.read(c -> Jdbc.count(c, script));
        return found == 0 ? Check.ok(name, ok) : Check.error(name, found + problem);
    }

    private Check migrations() {
        List<String> problems = migrator.validationProblems();
        return problems.isEmpty()
                ? Check.ok("migrations", "migrations appliquées identiques aux fichiers de cette version "
                + "(versions, noms, sommes de contrôle)")
                : Check.error("migrations", String.join(" ; ", problems.subList(0, Math.min(5, problems.size()))));
    }

    private Check storedResults() {
        Optional<AnalysisRun> stored = analyzer.latest();
        if (stored.isEmpty()) {
            return Check.warning("resultats", "aucune analyse enregistrée ; lancez « ventes analyze »");
        }
        AnalysisRun run = stored.get();
        if (!analyzer.upToDate(run.stored())) {
            return Check.warning("resultats", "les résultats enregistrés (exécution " + run.executionId() + " du "
                    + run.executedAt() + ") précèdent le dernier import ; lancez « ventes analyze »");
        }
        Map<Analysis, AnalysisResult> now = analyzer.computeNow();
        List<String> differing = new ArrayList<>();
        for (Analysis analysis : Analysis.values()) {
            if (!now.get(analysis).rows().equals(run.get(analysis).rows())) {
                differing.add(analysis.key());
            }
        }
        if (!differing.isEmpty()) {
            return Check.error("resultats", "analyses enregistrées différentes d'un nouveau calcul : "
                    + String.join(", ", differing));
        }
        String printed = run.stored().printed();
        if (printed != null && !printed.equals(ResultsJson.printed(now))) {
            return Check.error("resultats", "la sortie --json enregistrée avec les analyses (exécution "
                    + run.executionId() + ") diffère de celle d'un nouveau calcul ; lancez « ventes analyze »");
        }
        return Check.ok("resultats", "les " + Analysis.values().length + " analyses enregistrées (exécution "
                + run.executionId() + ") égalent un nouveau calcul ; chiffre d'affaires total "
                + run.totalCents() + " centimes");
    }
}
