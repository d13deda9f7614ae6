package fr.pme.ventes;

import java.util.Locale;

/** The three files the client publishes, in the order they must be imported (sales refer to the other two). */
public enum DataFile {
    PRODUITS, MAGASINS, VENTES;

    /** The French name used in messages, the database and JSON: "produits", "magasins", "ventes". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataFile fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
