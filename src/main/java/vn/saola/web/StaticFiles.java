package vn.saola.web;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/**
 * How files are served, whether the WAR's own ({@link Assets}), its WebJars ({@link WebJars}) or
 * uploaded images: types, caching and the headers every file gets.
 */
public final class StaticFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("webp", "image/webp"),
            Map.entry("jpg", "image/jpeg"));

    private StaticFiles() {
    }

    /** The type a file is served as, by its extension; empty for anything Saola does not serve. */
    static Optional<String> type(String file) {
        return Optional.ofNullable(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
    }

    public static Response serve(InputStream in, String type, String cacheControl, HttpServletResponse response) {
        if (in == null) {
            throw new NotFoundException();
        }
        if (!type.contains("charset")) {
            // web.xml's UTF-8 response encoding would otherwise give an image or a font a charset.
            response.setCharacterEncoding(null);
        }
        return Response.ok(in, type)
                .header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
