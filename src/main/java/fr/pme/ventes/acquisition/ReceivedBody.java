package fr.pme.ventes.acquisition;

import fr.pme.ventes.DataFile;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where a download is written. When the copy of the file last imported from the same address is in the landing zone,
 * the bytes received are compared with it instead of being written: as long as they repeat it, the copy already holds
 * them. From the first byte that differs, the repeated part is copied from the copy and the rest written as usual;
 * bytes past the end of the copy (a file that grew) are written, and once the download is complete and verified the
 * copy itself is extended with them in place: it is the beginning of the new file, and its version is kept as such
 * (see {@link LandingZone}). Either way the body is exactly the bytes received.
 *
 * <p>Issue #7: writing the 236 MB of a re-downloaded 10 M sales file cost ~0.1 s of the main thread and left 236 MB
 * for the disk to flush; reading them from the page cache and comparing costs ~0.04 s. An unchanged file from a
 * server that sends no validators (ETag, Last-Modified) is no longer written at all, only to be found identical. A
 * file grown by 1 % was first completed by a kernel copy of the old part (copy_file_range): 0.05 to 0.6 s for 236 MB
 * on a 2-core VM whose new page-cache pages are slow to come, against nothing when the copy is extended in place.
 */
final class ReceivedBody implements Closeable {
    private final Path temporary;
    private final Path copy;
    private final FileChannel copyChannel;
    private final long copySize;
    private final byte[] ours;
    private FileOutputStream out;
    private long size;
    private boolean repeating;
    private Path continued;

    private ReceivedBody(Path temporary, Path copy, FileChannel copyChannel, long copySize, boolean onlyFollowing) {
        this.temporary = temporary;
        this.copy = copy;
        this.copyChannel = copyChannel;
        this.copySize = copySize;
        this.ours = copy == null ? null : new byte[64 * 1024];
        this.repeating = copy != null;
        this.size = onlyFollowing ? copySize : 0;
    }

    /** Everything received goes to {@code temporary}. */
    static ReceivedBody writtenTo(Path temporary) {
        return new ReceivedBody(temporary, null, null, 0, false);
    }

    /**
     * Received bytes that repeat the first {@code copySize} bytes of {@code copy} (the body last imported: the whole
     * file, or the beginning of a newer one) are compared, not written; everything is written when the copy is gone
     * (taken by a run at the same time).
     */
    static ReceivedBody comparedWith(Path copy, long copySize, Path temporary) throws IOException {
        try {
            return new ReceivedBody(temporary, copy, FileChannel.open(copy, StandardOpenOption.READ), copySize, false);
        } catch (NoSuchFileException gone) {
            return writtenTo(temporary);
        }
    }

    /**
     * The bytes that follow the first {@code copySize} bytes of {@code copy} when only they are asked for (see
     * {@link TailRequest}): the body is those bytes followed by everything received.
     */
    static ReceivedBody following(Path copy, long copySize, Path temporary) throws IOException {
        return new ReceivedBody(temporary, copy, FileChannel.open(copy, StandardOpenOption.READ), copySize, true);
    }

    void write(byte[] buffer, int length) throws IOException {
        int from = 0;
        while (repeating && size < copySize && from < length) {
            int compared = (int) Math.min(Math.min(length - from, ours.length), copySize - size);
            int same = sameBytes(buffer, from, compared);
            size += same;
            from += same;
            if (same < compared) {
                diverge();
            }
        }
        if (from < length) {
            output().write(buffer, from, length - from);
            size += length - from;
        }
    }

    /** How many of the {@code length} bytes at {@code offset} in {@code buffer} equal the copy's at {@link #size}. */
    private int sameBytes(byte[] buffer, int offset, int length) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(ours, 0, length);
        readFully(copyChannel, target, size);
        int read = target.position();
        int mismatch = Arrays.mismatch(buffer, offset, offset + read, ours, 0, read);
        return mismatch < 0 ? read : mismatch;
    }

    /** The bytes received so far repeat the copy, the next one does not: write them out, and everything after. */
    private void diverge() throws IOException {
        repeating = false;
        transfer(copyChannel, size, output().getChannel());
    }

    /** Appends the first {@code length} bytes of {@code from} to {@code to}. */
    private static void transfer(FileChannel from, long length, FileChannel to) throws IOException {
        for (long done = 0; done < length; ) {
            long n = from.transferTo(done, length - done, to);
            if (n <= 0) {
                throw new IOException("copie du fichier déjà téléchargé plus courte que prévu (" + done + " octets)");
            }
            done += n;
        }
    }

    private static void readFully(FileChannel from, ByteBuffer into, long position) throws IOException {
        while (into.hasRemaining() && from.read(into, position + into.position()) >= 0) {
            // a positional read may return fewer bytes than asked: read on
        }
    }

    private FileOutputStream output() throws IOException {
        if (out == null) {
            out = new FileOutputStream(temporary.toFile());
        }
        return out;
    }

    long size() {
        return size;
    }

    /** The first bytes of the body (at most {@code max}), read back once it is complete. */
    byte[] head(int max) throws IOException {
        if (!repeating) {
            try (InputStream in = Files.newInputStream(temporary)) {
                return in.readNBytes(max);
            }
        }
        byte[] head = new byte[(int) Math.min(max, size)];
        int repeated = (int) Math.min(head.length, copySize);
        readFully(copyChannel, ByteBuffer.wrap(head, 0, repeated), 0);
        if (repeated < head.length) {
            try (InputStream in = Files.newInputStream(temporary)) {
                in.readNBytes(head, repeated, head.length - repeated);
            }
        }
        return head;
    }

    /**
     * The whole body as one file to publish. When it is the copy followed by more bytes, the copy itself, moved out of
     * the landing zone and extended with them (see {@link LandingZone#extend}, and {@link #continued}). Otherwise
     * {@code temporary}, the copy staying where it is, and whatever part of it the body repeats copied by the
     * kernel, without passing through this process: when the body is the copy or a beginning of it, or when the
     * "copy" is the beginning of a longer file (the version last imported, kept as the beginning of a newer one).
     */
    Path complete(LandingZone landing, DataFile file) throws IOException {
        closeOutput();
        if (!repeating) {
            return temporary;
        }
        if (size <= copySize) {
            diverge();          // received the copy, or a beginning of it
            closeOutput();
            return temporary;
        }
        if (copyChannel.size() == copySize) {
            Path joined = landing.extend(file, copy, temporary);
            if (joined != null) {
                continued = copy;
                return joined;
            }
            // Taken by a run at the same time: the copy still open here will do.
        }
        Path whole = landing.newTemporaryFile(file);
        try {
            try (FileChannel target = FileChannel.open(whole, StandardOpenOption.WRITE);
                 FileChannel following = FileChannel.open(temporary)) {
                transfer(copyChannel, copySize, target);
                transfer(following, following.size(), target);
            }
            Files.move(whole, temporary, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(whole);
        }
        return temporary;
    }

    /** The landed copy {@link #complete} extended in place into the body, or null. */
    Path continued() {
        return continued;
    }

    /**
     * Once {@code whole}, from {@link #complete}, is published or refused: deletes it unless it is the temporary file
     * the caller deletes, or, when it is the copy extended and was not published, puts the copy back as it was.
     */
    void discard(Path whole) throws IOException {
        if (whole.equals(temporary)) {
            return;
        }
        if (continued != null && Files.exists(whole)) {
            LandingZone.restore(whole, copySize, continued);
        } else {
            Files.deleteIfExists(whole);
        }
    }

    /** Closes the file written, not the copy, which {@link #complete} may still read. */
    private void closeOutput() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    @Override
    public void close() throws IOException {
        try (Closeable copyRead = copyChannel) {
            closeOutput();
        }
    }
}
