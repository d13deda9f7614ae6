package fr.pme.ventes.analysis;

/**
 * The analyses, each one query in sql/analyses/&lt;name&gt;.sql; the name is also its key in the JSON output
 * and in the stored results. {@code single}: the query returns one row, shown as one value or object.
 */
public enum Analysis {
    CA_TOTAL(true),
    PAR_PRODUIT(false),
    PAR_REGION(false),
    PAR_VILLE(false),
    PAR_JOUR(false),
    PAR_JOUR_SEMAINE(false),
    CA_PAR_SALARIE(false),
    PANIER_MOYEN(true),
    PANIER_MOYEN_PAR_MAGASIN(false),
    PART_PRODUIT_PAR_REGION(false);

    private final boolean single;

    Analysis(boolean single) {
        this.single = single;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String script() {
        return "analyses/" + key() + ".sql";
    }

    public boolean single() {
        return single;
    }

    public static Analysis fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
