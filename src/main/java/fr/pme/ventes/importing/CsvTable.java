package fr.pme.ventes.importing;

import fr.pme.ventes.DataFile;
import fr.pme.ventes.InvalidDataException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A landed CSV file opened for reading: dialect sniffed, header matched against the expected columns,
 * then rows streamed one at a time with their line number (never the whole file in memory).
 */
final class CsvTable implements Closeable, Iterable<CsvTable.Row> {
    /** Below this many bytes, a second thread costs more than it saves. */
    static final long READ_AHEAD_FROM = 8L << 20;

    /** One data row; {@code line} is its first physical line in the file (the header is line 1). */
    record Row(long line, CSVRecord record, CsvTable table) {
        String get(Column column) {
            Integer index = table.indexes.get(column);
            return index == null || index >= record.size() ? null : record.get(index);
        }

        int size() {
            return record.size();
        }

        /** The row as text, for the rejected-rows table. */
        String raw() {
            return String.join(String.valueOf(table.dialect.delimiter()), record.values());
        }

        boolean blank() {
            for (String value : record.values()) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final DataFile file;
    private final String source;
    private final CsvDialect dialect;
    private CSVParser parser;
    private long lineBase;
    // Looked up for every field of every row: by identity, because a record's hashCode walks its synonym set
    // (seen in a JFR profile of a 1 M-row import). Columns are the constants of ProductFile, StoreFile, SaleFile.
    private final Map<Column, Integer> indexes = new IdentityHashMap<>();
    private final List<String> ignoredHeaders = new ArrayList<>();
    private final int headerSize;
    private CountingInputStream bytes;
    private final long size;
    private long start;
    private ReadAhead readAhead;

    private CsvTable(DataFile file, String source, CsvDialect dialect, CSVParser parser, List<Column> columns,
                     CountingInputStream bytes, long size) throws IOException {
        this.bytes = bytes;
        this.size = size;
        this.file = file;
        this.source = source;
        this.dialect = dialect;
        this.parser = parser;
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new InvalidDataException(where(1) + "aucun en-tête : le fichier est vide");
        }
        List<String> headers = List.of(records.next().values());
        this.headerSize = headers.size();
        matchHeaders(headers, columns);
    }

    static CsvTable open(DataFile file, String source, Path path, List<Column> columns) {
        try {
            CsvDialect dialect = CsvDialect.sniff(path);
            CountingInputStream in = new CountingInputStream(Files.newInputStream(path));
            in.skipNBytes(dialect.bomLength());
            return new CsvTable(file, source, dialect, parser(in, dialect), columns, in, Files.size(path));
        } catch (UncheckedIOException | IllegalStateException e) {
            // The parser failed on the header itself (found by fuzzing, issue 8).
            throw new InvalidDataException("Fichier " + file.label() + " (" + source + "), ligne 1 : " + unreadable(e));
        } catch (IOException e) {
            throw new InvalidDataException("Fichier " + file.label() + " (" + source + ") : lecture impossible : "
                    + e.getMessage());
        }
    }

    /**
     * Skips to the line starting at byte {@code offset} (after the header was matched), so that only rows appended
     * since the last import are read; {@code linesBefore} keeps line numbers those of the whole file.
     */
    void continueAt(Path path, long offset, long linesBefore) {
        try {
            parser.close();
            bytes = new CountingInputStream(Files.newInputStream(path));
            bytes.skipNBytes(offset);
            parser = parser(bytes, dialect);
            lineBase = linesBefore;
            start = offset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser parser(InputStream in, CsvDialect dialect) throws IOException {
        // Undecodable bytes become U+FFFD and the row holding them is rejected with its line (see Values).
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        return CSVParser.parse(reader, format);
    }

    private void matchHeaders(List<String> headers, List<Column> columns) {
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Column match = columns.stream().filter(c -> c.matches(header)).findFirst().orElse(null);
            if (match == null) {
                if (!header.isBlank()) {
                    ignoredHeaders.add(header);
                }
            } else if (indexes.containsKey(match)) {
                throw new InvalidDataException(where(1) + "la colonne « " + match.label() + " » apparaît deux fois ("
                        + headers.get(indexes.get(match)) + " et " + header + ", colonnes " + (indexes.get(match) + 1)
                        + " et " + (i + 1) + ")");
            } else {
                indexes.put(match, i);
            }
        }
        for (Column column : columns) {
            if (column.required() && !indexes.containsKey(column)) {
                throw new InvalidDataException(where(1) + "colonne obligatoire « " + column.label() + " » absente "
                        + "(en-têtes lus avec le séparateur « " + printable(dialect.delimiter()) + " » : "
                        + String.join(" | ", headers) + ")");
            }
        }
    }

    /** Bytes consumed so far (read ahead by the buffers, so slightly ahead of the rows): for progress display. */
    long bytesRead() {
        return bytes.count();
    }

    long size() {
        return size;
    }

    boolean has(Column column) {
        return indexes.containsKey(column);
    }

    int headerSize() {
        return headerSize;
    }

    /** Header names that match no known column: kept out of the database, reported as a warning. */
    List<String> ignoredHeaders() {
        return ignoredHeaders;
    }

    CsvDialect dialect() {
        return dialect;
    }

    /** "Fichier ventes (https://…), ligne 12 : " — the prefix of every message about this file. */
    String where(long line) {
        return "Fichier " + file.label() + " (" + source + "), ligne " + line + " : ";
    }

    /**
     * The rows to import: those of a large file (what is left to read is at least {@value #READ_AHEAD_FROM} bytes)
     * are parsed ahead by a second thread (ReadAhead), which closing the table stops.
     */
    Iterable<Row> rows() {
        if (readAhead == null && size - start >= READ_AHEAD_FROM) {
            readAhead = new ReadAhead(this);
        }
        return readAhead != null ? readAhead : this;
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long previousEnd = lineBase + parser.getCurrentLineNumber();

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidDataException(where(previousEnd + 1) + unreadable(e));
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = lineBase + parser.getCurrentLineNumber();
                return new Row(line, record, CsvTable.this);
            }
        };
    }

    @Override
    public void close() {
        if (readAhead != null) {
            readAhead.close();
        }
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parser's English message in French words, without its class name (issue 8). */
    private static String unreadable(RuntimeException e) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return "un guillemet ouvert ici n'est jamais fermé : la fin du fichier arrive à l'intérieur de la valeur";
        }
        if (detail.contains("invalid char between encapsulated token and delimiter")) {
            return "caractère inattendu après une valeur entre guillemets (guillemet non doublé dans la valeur ?)";
        }
        return "structure CSV illisible à partir d'ici ; un guillemet n'est-il pas fermé ?";
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "tabulation" : String.valueOf(delimiter);
    }

    /** Counts the bytes the decoder pulls from the file. */
    private static final class CountingInputStream extends FilterInputStream {
        private volatile long count;        // read by the importing thread for its progress line (ReadAhead)

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        long count() {
            return count;
        }
    }
}
