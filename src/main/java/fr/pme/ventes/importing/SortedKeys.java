package fr.pme.ventes.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The packed keys of a whole file ({@link SaleKeys}), given back in ascending order, in bounded memory whatever the
 * file's size (issue #7: peak RSS ≤ 256 MB at 10 M rows and beyond). Keys are gathered in a buffer of {@code chunk}
 * keys; a full buffer is sorted and written to a spill file as one run, and the runs are merged on the way out.
 * A file that fits in one buffer never touches the disk. The spill file is opened with DELETE_ON_CLOSE, which on
 * Linux removes its name at once: a killed import leaves nothing behind.
 * <p>
 * Hand-written rather than a library's: a sort of primitive longs with no per-key object is what keeps the 10 M-row
 * import at 8 bytes a key (measured in deliverables/performance.md).
 */
final class SortedKeys implements AutoCloseable {

    /** Walks the keys in ascending order. */
    interface Cursor {
        boolean next() throws IOException;

        long key();
    }

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path spillDirectory;
    private final int chunk;
    private long[] buffer = new long[4096];
    private int buffered;
    private long count;
    private FileChannel spillChannel;
    private final List<long[]> runs = new ArrayList<>();     // {start byte, number of keys}

    SortedKeys(Path spillDirectory, int chunk) {
        this.spillDirectory = spillDirectory;
        this.chunk = chunk;
    }

    void add(long key) throws IOException {
        if (buffered == buffer.length) {
            if (buffer.length < chunk) {        // grown on demand: the client's 30 rows need no 16 MB buffer
                buffer = Arrays.copyOf(buffer, Math.min(chunk, buffer.length * 2));
            } else {
                spillBuffer();
            }
        }
        buffer[buffered++] = key;
        count++;
    }

    long count() {
        return count;
    }

    /** All keys added so far, in ascending order; call once, after the last {@link #add}. */
    Cursor sorted() throws IOException {
        Arrays.parallelSort(buffer, 0, buffered);
        if (runs.isEmpty()) {
            return new InMemory(buffer, buffered);
        }
        List<Cursor> sources = new ArrayList<>();
        for (long[] run : runs) {
            sources.add(new SpilledRun(spillChannel, run[0], run[1]));
        }
        sources.add(new InMemory(buffer, buffered));
        return new Merge(sources);
    }

    private void spillBuffer() throws IOException {
        Arrays.parallelSort(buffer, 0, buffered);
        if (spillChannel == null) {
            Path spill = Files.createTempFile(spillDirectory, "ventes-tri-", ".tmp");
            spillChannel = FileChannel.open(spill, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        }
        long start = spillChannel.position();
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES);
        for (int i = 0; i < buffered; i++) {
            if (!bytes.hasRemaining()) {
                writeAll(bytes);
            }
            bytes.putLong(buffer[i]);
        }
        writeAll(bytes);
        runs.add(new long[]{start, buffered});
        buffered = 0;
    }

    private void writeAll(ByteBuffer bytes) throws IOException {
        bytes.flip();
        while (bytes.hasRemaining()) {
            spillChannel.write(bytes);
        }
        bytes.clear();
    }

    @Override
    public void close() {
        try {
            if (spillChannel != null) {
                spillChannel.close();       // DELETE_ON_CLOSE: the file goes with it
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class InMemory implements Cursor {
        private final long[] keys;
        private final int size;
        private int position = -1;

        InMemory(long[] keys, int size) {
            this.keys = keys;
            this.size = size;
        }

        @Override
        public boolean next() {
            return ++position < size;
        }

        @Override
        public long key() {
            return keys[position];
        }
    }

    /** One sorted run of the spill file, read through a small buffer. */
    private static final class SpilledRun implements Cursor {
        private final FileChannel channel;
        private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
        private long position;
        private long left;
        private long key;

        SpilledRun(FileChannel channel, long start, long keys) {
            this.channel = channel;
            this.position = start;
            this.left = keys;
        }

        @Override
        public boolean next() throws IOException {
            if (left == 0) {
                return false;
            }
            if (!bytes.hasRemaining()) {
                bytes.clear().limit((int) Math.min(bytes.capacity(), left * Long.BYTES));
                while (bytes.hasRemaining()) {
                    int read = channel.read(bytes, position);
                    if (read < 0) {
                        throw new IOException("fichier de tri temporaire tronqué");
                    }
                    position += read;
                }
                bytes.flip();
            }
            key = bytes.getLong();
            left--;
            return true;
        }

        @Override
        public long key() {
            return key;
        }
    }

    /** The smallest head among a few sorted runs, found by a linear scan (a file of 10 M rows has about five runs). */
    private static final class Merge implements Cursor {
        private final Cursor[] sources;
        private final boolean[] live;
        private int current = -1;

        Merge(List<Cursor> sources) throws IOException {
            this.sources = sources.toArray(Cursor[]::new);
            this.live = new boolean[this.sources.length];
            for (int i = 0; i < this.sources.length; i++) {
                live[i] = this.sources[i].next();
            }
        }

        @Override
        public boolean next() throws IOException {
            if (current >= 0) {
                live[current] = sources[current].next();
            }
            current = -1;
            for (int i = 0; i < sources.length; i++) {
                if (live[i] && (current < 0 || sources[i].key() < sources[current].key())) {
                    current = i;
                }
            }
            return current >= 0;
        }

        @Override
        public long key() {
            return sources[current].key();
        }
    }
}
