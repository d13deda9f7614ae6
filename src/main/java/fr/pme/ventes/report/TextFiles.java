package fr.pme.ventes.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the deliverables' text files (UTF-8, \n line ends) with French errors (exit code 6). */
final class TextFiles {
    private TextFiles() {
    }

    static Path write(Path folder, String name, String content) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new ReportException("Impossible d’écrire " + file + " : " + e.getMessage()
                    + " ; vérifiez le dossier de sortie (--sortie)", e);
        }
    }
}
