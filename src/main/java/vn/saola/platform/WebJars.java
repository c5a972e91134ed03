package vn.saola.platform;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code /webjars/…}: front-end libraries packed as WebJars (the editors' rich-text editor),
 * served from the WAR — never from a CDN. A versioned path never changes, so browsers keep it a year.
 */
@Path("webjars/{file: .+}")
public class WebJars {

    @Context
    HttpServletResponse response;

    /** Library/version/… with plain names only: no "..", no empty or hidden segments. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9_-]+/[0-9][0-9A-Za-z.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "woff", "font/woff",
            "woff2", "font/woff2",
            "svg", "image/svg+xml",
            "png", "image/png",
            "gif", "image/gif");

    @GET
    public Response file(@PathParam("file") String file) {
        if (!SAFE.matcher(file).matches() || file.contains("..")) {
            throw new NotFoundException();
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        InputStream in = type == null ? null
                : Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/resources/webjars/" + file);
        if (in == null) {
            throw new NotFoundException();
        }
        if (!type.contains("charset")) {
            // web.xml's UTF-8 response encoding would otherwise give an image or a font a charset.
            response.setCharacterEncoding(null);
        }
        return Response.ok(in, type)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
