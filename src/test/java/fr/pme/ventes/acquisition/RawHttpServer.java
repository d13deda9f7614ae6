package fr.pme.ventes.acquisition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare TCP server on 127.0.0.1 speaking just enough HTTP/1.1 to misbehave in ways a real HTTP server library will
 * not: here, announce a body, send part of it, then reset the connection (RST, not a clean close).
 */
final class RawHttpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final byte[] body;
    private final int sentBeforeReset;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    RawHttpServer(byte[] body, int sentBeforeReset) {
        this.body = body;
        this.sentBeforeReset = sentBeforeReset;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::serve, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
    }

    int requests() {
        return requests.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                readRequestHead(client.getInputStream());
                requests.incrementAndGet();
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, sentBeforeReset);
                out.flush();
                Thread.sleep(50);
                client.setSoLinger(true, 0);      // close() now sends RST: "connection reset by peer"
            } catch (IOException e) {
                // closed by close(), or the client went away: next connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
