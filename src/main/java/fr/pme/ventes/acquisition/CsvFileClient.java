package fr.pme.ventes.acquisition;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Response;

/**
 * One published CSV file. The base URI is the file's whole address (chosen at run time), so the path is empty.
 * A null header argument is not sent. Closing the client releases its connections.
 */
public interface CsvFileClient extends AutoCloseable {

    @GET
    Response download(@HeaderParam("If-None-Match") String ifNoneMatch,
                      @HeaderParam("If-Modified-Since") String ifModifiedSince,
                      @HeaderParam("Range") String range);

    @Override
    void close();
}
