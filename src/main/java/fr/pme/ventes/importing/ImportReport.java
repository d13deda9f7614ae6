package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;

import java.util.List;
import java.util.Map;

/** What a run's import did, file by file, and the run it was recorded under. */
public record ImportReport(long importId, Map<DataFile, FileReport> files, List<Rejection> firstRejections) {

    public long rejected() {
        return files.values().stream().mapToLong(FileReport::rejected).sum();
    }

    public boolean changedAnything() {
        return files.values().stream().anyMatch(f -> f.inserted() + f.updated() > 0);
    }
}
