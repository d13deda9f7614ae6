package fr.pme.ventes.acquisition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Reading a file on another thread while this one goes on, its {@link IOException} handed back as such. */
final class BackgroundRead {
    private BackgroundRead() {
    }

    interface Work<T> {
        T run() throws IOException;
    }

    /** Starts {@code work} on another thread. */
    static <T> CompletableFuture<T> start(Work<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Waits for {@code read}, from {@link #start}: its result, or the IOException it failed with. */
    static <T> T await(CompletableFuture<T> read) throws IOException {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }
}
