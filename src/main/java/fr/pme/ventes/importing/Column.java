package fr.pme.ventes.importing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A column the importer understands, with the header spellings it answers to (compared in normal form:
 * case, accents and spacing ignored), covering the brief's shape and the files as actually published.
 *
 * @param label the French name shown in messages
 */
record Column(String label, boolean required, Set<String> synonyms) {

    static Column required(String label, String... synonyms) {
        return new Column(label, true, normalized(synonyms));
    }

    static Column optional(String label, String... synonyms) {
        return new Column(label, false, normalized(synonyms));
    }

    private static Set<String> normalized(String... synonyms) {
        return Arrays.stream(synonyms).map(Names::normalize).collect(Collectors.toUnmodifiableSet());
    }

    boolean matches(String header) {
        return synonyms.contains(Names.normalize(header));
    }
}
