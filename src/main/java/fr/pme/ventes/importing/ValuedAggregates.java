package fr.pme.ventes.importing;

import fr.pme.ventes.storage.Jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps agregats_jours and agregats_produits_magasins (migration V3) equal to ventes_valorisees grouped by day and by
 * product and store version, so the analyses read a few thousand rows whatever the number of sales (issue #7).
 * An import changes only the days it touches (staging_jours): their old contribution is taken out before their daily
 * summary is rebuilt and the new one added after. « ventes verifier » compares both tables with a full computation.
 */
final class ValuedAggregates {

    private ValuedAggregates() {
    }

    /** Before the daily summary of the touched days is rebuilt: takes their current contribution out. */
    static void beforeTouchedDaysChange(Connection connection) throws SQLException {
        Jdbc.update(connection, "agregats/retrancher_jours_touches.sql");
        Jdbc.update(connection, "agregats/effacer_jours_touches.sql");
    }

    /** After the daily summary of the touched days is rebuilt: adds their new contribution. */
    static void afterTouchedDaysChange(Connection connection) throws SQLException {
        Jdbc.update(connection, "agregats/calculer_jours_touches.sql");
        Jdbc.update(connection, "agregats/ajouter_jours_touches.sql");
        Jdbc.update(connection, "agregats/retirer_vides.sql");
    }

    /** Both tables rebuilt from the whole summary: after it was rebuilt whole, or when past days changed price. */
    static void recomputeAll(Connection connection) throws SQLException {
        Jdbc.update(connection, "agregats/effacer_jours.sql");
        Jdbc.update(connection, "agregats/effacer_produits_magasins.sql");
        Jdbc.update(connection, "agregats/calculer_jours.sql");
        Jdbc.update(connection, "agregats/calculer_produits_magasins.sql");
    }
}
