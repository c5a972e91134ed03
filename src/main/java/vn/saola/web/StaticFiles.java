package vn.saola.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.EntityTag;
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

    /** A file whose name never names other bytes: browsers and proxies keep it a year without asking. */
    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    /** A file whose name may name other bytes tomorrow: kept, but asked about ({@code ETag}) each time. */
    static final String ASK_EACH_TIME = "public, no-cache";

    /** Text files are kept gzipped beside their identity form. */
    static final List<String> TEXT = List.of("css", "js", "svg");

    private StaticFiles() {
    }

    /** The type a file is served as, by its extension; empty for anything Saola does not serve. */
    static Optional<String> type(String file) {
        return Optional.ofNullable(TYPES.get(extension(file)));
    }

    public static Response serve(InputStream in, String type, String cacheControl, HttpServletResponse response) {
        if (in == null) {
            throw new NotFoundException();
        }
        noCharsetUnlessText(type, response);
        return Response.ok(in, type)
                .header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * A file held in memory as it is answered: its bytes, their gzip for a text file (made at build
     * time for the WAR's assets, else once here) and a strong tag of the bytes.
     */
    record HeldFile(String type, byte[] identity, byte[] gzip, String tag) {

        static HeldFile of(String file, byte[] identity, byte[] builtGzip) {
            byte[] gzip = builtGzip != null || !TEXT.contains(extension(file))
                    ? builtGzip : StaticFiles.gzip(identity);
            return new HeldFile(StaticFiles.type(file).orElseThrow(), identity, gzip,
                    hash(identity).substring(0, 20));
        }
    }

    /**
     * Files read once and then answered from memory. Only files that exist are held, so the memory
     * is bounded by what the WAR and its WebJars contain, whatever names readers ask for.
     */
    static final class Memory {

        private final Map<String, HeldFile> held = new ConcurrentHashMap<>();
        private final Function<String, HeldFile> reader;

        /** {@code reader}: the file under that name, or null when there is none. */
        Memory(Function<String, HeldFile> reader) {
            this.reader = reader;
        }

        Optional<HeldFile> find(String file) {
            HeldFile known = held.get(file);
            if (known != null) {
                return Optional.of(known);
            }
            HeldFile read = reader.apply(file);
            if (read != null) {
                held.put(file, read);
            }
            return Optional.ofNullable(read);
        }
    }

    static byte[] readAll(InputStream in) {
        if (in == null) {
            return null;
        }
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file in the form the reader takes (gzip when it says so and the file has one), with a
     * strong {@code ETag} per form; {@code 304} with no body when the reader's copy is this one.
     */
    static Response answer(HeldFile file, String cacheControl, String acceptEncoding, String ifNoneMatch,
            HttpServletResponse response) {
        boolean gzip = file.gzip() != null && Negotiation.acceptsGzip(acceptEncoding);
        EntityTag tag = new EntityTag(file.tag() + (gzip ? "-z" : ""));
        Response.ResponseBuilder answer;
        if (Negotiation.matches(ifNoneMatch, "\"" + tag.getValue() + "\"")) {
            answer = Response.notModified(tag);
        } else {
            noCharsetUnlessText(file.type(), response);
            byte[] bytes = gzip ? file.gzip() : file.identity();
            answer = Response.ok(bytes, file.type()).tag(tag).header("Content-Length", bytes.length);
            if (gzip) {
                answer.header("Content-Encoding", "gzip");
            }
        }
        if (file.gzip() != null) {
            answer.header("Vary", "Accept-Encoding");
        }
        return answer.header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static void noCharsetUnlessText(String type, HttpServletResponse response) {
        if (!type.contains("charset")) {
            // web.xml's UTF-8 response encoding would otherwise give an image or a font a charset.
            response.setCharacterEncoding(null);
        }
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1);
    }
}
