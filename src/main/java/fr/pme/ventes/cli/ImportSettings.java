package fr.pme.ventes.cli;

import fr.pme.ventes.importing.DateFormat;
import fr.pme.ventes.importing.ImportOptions;
import fr.pme.ventes.importing.ImportProgress;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** How rows are read and judged. */
class ImportSettings {
    @Option(names = "--strict", description = "Toute ligne refusée fait échouer l'exécution (rien n'est importé ; code 4).")
    boolean strict;

    @Option(names = "--date-format", paramLabel = "FORMAT", converter = DateFormatConverter.class,
            description = "Format des dates des ventes quand il est ambigu : iso, jj/mm/aaaa ou mm/jj/aaaa "
                    + "(défaut : déduit de toutes les dates du fichier).")
    DateFormat dateFormat;

    @Option(names = "--prix-valides-depuis", paramLabel = "AAAA-MM-JJ", converter = IsoDateConverter.class,
            description = "Début de validité des nouveaux prix et des magasins modifiés (défaut : le lendemain de la "
                    + "dernière vente en base), pour une correction tardive.")
    LocalDate versionsFrom;

    ImportOptions toOptions(String command, ImportProgress progress) {
        return new ImportOptions(command, strict, dateFormat, versionsFrom, progress);
    }

    static final class DateFormatConverter implements picocli.CommandLine.ITypeConverter<DateFormat> {
        @Override
        public DateFormat convert(String value) {
            return DateFormat.fromOption(value);
        }
    }

    static final class IsoDateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("date invalide pour --prix-valides-depuis : " + value
                        + " (attendu AAAA-MM-JJ)");
            }
        }
    }
}
