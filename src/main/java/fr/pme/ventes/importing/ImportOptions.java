package fr.pme.ventes.importing;

import java.time.LocalDate;

/**
 * How to import: the command recorded with the run; {@code strict}: any rejected row fails the whole run;
 * {@code dateFormat}: imposed instead of detected (null: detect); {@code versionsFrom}: start date of the new
 * product and store versions this run creates (null: the day after the latest sale already stored).
 */
public record ImportOptions(String command, boolean strict, DateFormat dateFormat, LocalDate versionsFrom,
                            ImportProgress progress) {
}
