package vn.saola.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * Puts a buffer under every response body. Krazo hands its view engines a stream that writes
 * one byte at a time, and each byte would otherwise travel through four more stream layers down
 * to Grizzly; measured, that cost an article page two thirds of its throughput.
 */
@Provider
public class BufferedEntities implements WriterInterceptor {

    private static final int BUFFER = 32 * 1024;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException, WebApplicationException {
        OutputStream original = context.getOutputStream();
        BufferedOutputStream buffered = new BufferedOutputStream(original, BUFFER);
        context.setOutputStream(buffered);
        try {
            context.proceed();
        } finally {
            buffered.flush();
            context.setOutputStream(original);
        }
    }
}
