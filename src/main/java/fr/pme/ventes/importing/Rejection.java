package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;

/** A row kept out of the business tables, with where it was and why. */
public record Rejection(DataFile file, long line, String column, String content, String reason) {
}
