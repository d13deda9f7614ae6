package fr.pme.ventes.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of a large CSV file parsed by a second thread while the caller checks and stores the previous ones
 * (issue #7: on 10 M sales, commons-csv's tokenizing was about half of the reading time, our checks and keys the other
 * half, and the machine has two cores). Rows arrive in file order, in batches; a parse error reaches the caller after
 * the rows before it, where the plain iterator would have thrown it. Memory stays bounded: at most {@value #QUEUED}
 * batches of {@value #BATCH} rows wait.
 */
final class ReadAhead implements Iterable<CsvTable.Row>, AutoCloseable {
    private static final int BATCH = 1024;
    private static final int QUEUED = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private volatile boolean stopped;

    ReadAhead(Iterable<CsvTable.Row> rows) {
        reader = new Thread(() -> produce(rows), "ventes-lecture-csv");
        reader.setDaemon(true);
        reader.start();
    }

    private void produce(Iterable<CsvTable.Row> rows) {
        Object last = END;
        List<CsvTable.Row> batch = new ArrayList<>(BATCH);
        try {
            for (CsvTable.Row row : rows) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    if (!put(batch)) {
                        return;
                    }
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (RuntimeException | Error e) {
            last = e;       // handed to the caller after the rows read before it, the partial batch included
        }
        if (batch.isEmpty() || put(batch)) {
            put(last);
        }
    }

    /** Queues an item; false when the caller stopped reading. */
    private boolean put(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public Iterator<CsvTable.Row> iterator() {
        return new Iterator<>() {
            private Iterator<CsvTable.Row> batch = Collections.emptyIterator();
            private boolean ended;

            @Override
            @SuppressWarnings("unchecked")
            public boolean hasNext() {
                while (!batch.hasNext() && !ended) {
                    Object item = take();
                    if (item == END) {
                        ended = true;
                    } else if (item instanceof RuntimeException e) {
                        ended = true;
                        throw e;
                    } else if (item instanceof Error e) {
                        ended = true;
                        throw e;
                    } else {
                        batch = ((List<CsvTable.Row>) item).iterator();
                    }
                }
                return batch.hasNext();
            }

            @Override
            public CsvTable.Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lecture du fichier interrompue", e);
        }
    }

    /** Stops the reading thread if the caller gave up early, and waits for it: the file can then be closed. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
