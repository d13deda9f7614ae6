package fr.pme.ventes.report;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every text deliverable into one folder, from the migrated schema, the running application and the stored
 * results; the pictures of the .dot files are rendered by src/livrables/generer.sh (Graphviz). Deterministic: no
 * timestamps, no run ids, so a drift test can compare them byte for byte.
 */
@ApplicationScoped
public class Deliverables {
    private final SchemaReader schema;
    private final Architecture architecture;
    private final NoteWriter note;

    Deliverables(SchemaReader schema, Architecture architecture, NoteWriter note) {
        this.schema = schema;
        this.architecture = architecture;
        this.note = note;
    }

    public List<Path> write(Path folder) {
        note.storedResults();       // fail before writing anything when there is nothing to report
        List<Path> written = new ArrayList<>();
        SchemaRenderer model = new SchemaRenderer(schema.read());
        written.add(TextFiles.write(folder, "mcd.md", model.markdown()));
        written.add(TextFiles.write(folder, "mcd.mmd", model.mermaid()));
        written.add(TextFiles.write(folder, "mcd.dot", model.dot()));
        written.add(TextFiles.write(folder, "schema.sql", model.sql()));
        written.add(TextFiles.write(folder, "architecture.md", DocumentWriter.markdown(architecture.document(), "")));
        written.add(TextFiles.write(folder, "architecture.dot", architecture.dot()));
        written.add(TextFiles.write(folder, "requetes.sql", QueriesFile.text()));
        written.addAll(note.write(folder, NoteWriter.Format.md));
        return written;
    }
}
