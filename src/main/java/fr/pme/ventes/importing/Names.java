package fr.pme.ventes.importing;

import java.text.Normalizer;
import java.util.Locale;

/** The normal form used to compare headers and city names: no accents, no case, no spacing or punctuation. */
final class Names {
    private Names() {
    }

    /** "ID Référence produit" → "idreferenceproduit"; "Saint-Étienne" → "saintetienne" (same rule as sql/migrations V2). */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
