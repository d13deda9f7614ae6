package fr.pme.ventes.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The French words for the tables of the model (src/main/resources/report/glossaire.properties). */
final class Glossary {
    static final String MISSING = "(à décrire dans report/glossaire.properties)";
    private final Properties words = new Properties();

    Glossary() {
        try (InputStream in = Glossary.class.getResourceAsStream("/report/glossaire.properties")) {
            if (in == null) {
                throw new IllegalStateException("report/glossaire.properties missing from the classpath");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean knows(String table) {
        return words.containsKey(table + ".role");
    }

    /** "metier" or "suivi". */
    String domain(String table) {
        return words.getProperty(table + ".domaine", "suivi");
    }

    String one(String table) {
        return words.getProperty(table + ".un", "une ligne de " + table);
    }

    String many(String table) {
        return words.getProperty(table + ".des", "lignes de " + table);
    }

    String role(String table) {
        return words.getProperty(table + ".role", MISSING);
    }

    String verb(String table, DataModel.ForeignKey fk) {
        return words.getProperty(table + "." + fk.columns().get(0), "se rattache à");
    }
}
