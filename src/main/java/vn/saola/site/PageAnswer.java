package vn.saola.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.saola.web.Negotiation;

/**
 * How a public page is sent once its counter numbers are known: for a kept page, gzip when the
 * reader accepts it (compressed when kept, {@link GzipPieces}), a strong {@code ETag} for exactly
 * these bytes, and {@code 304} with no body when the reader already holds them. A page that was
 * not kept (an error, a page with a cookie) goes out as rendered.
 */
final class PageAnswer {

    private PageAnswer() {
    }

    /** {@code cacheControl}: for a kept page, unless the page says otherwise (a feed); null for one not kept. */
    static void send(KeptPage page, List<String> values, String cacheControl, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        byte[] bytes;
        if (cacheControl != null) {
            boolean gzip = Negotiation.acceptsGzip(request.getHeader("Accept-Encoding"));
            String etag = etag(page, gzip, values);
            response.setHeader("Vary", "Accept-Encoding");
            response.setHeader("ETag", etag);
            if (!response.containsHeader("Cache-Control")) {
                response.setHeader("Cache-Control", cacheControl);
            }
            if (Negotiation.matches(request.getHeader("If-None-Match"), etag)) {
                // The reader's copy is this page with these numbers: a view all the same (CountingRules).
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            if (gzip) {
                response.setHeader("Content-Encoding", "gzip");
                bytes = GzipPieces.join(page.body().pieces(), page.gzip(), values);
            } else {
                bytes = identity(page.body().pieces(), values);
            }
        } else {
            bytes = identity(page.body().pieces(), values);
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static byte[] identity(List<byte[]> pieces, List<String> values) {
        if (values.isEmpty()) {
            return pieces.get(0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pieces.stream().mapToInt(p -> p.length).sum() + 64);
        Iterator<byte[]> piece = pieces.iterator();
        out.writeBytes(piece.next());
        for (String value : values) {
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(piece.next());
        }
        return out.toByteArray();
    }

    /** Strong: the kept page, the encoding and the numbers decide the bytes, and all three are in it. */
    static String etag(KeptPage page, boolean gzip, List<String> values) {
        long hash = 0xcbf29ce484222325L;
        for (String value : values) {
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
            hash = (hash ^ 0xff) * 0x100000001b3L;
        }
        return "\"" + page.tag() + (gzip ? "-z-" : "-i-") + Long.toHexString(hash) + "\"";
    }
}
