package vn.saola.platform;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** {@code /assets/…}: stylesheets, scripts, fonts and images packed in the WAR, cached by browsers for a day. */
@Path("assets/{file: .+}")
public class Assets {

    @Context
    HttpServletResponse response;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "webp", "image/webp",
            "jpg", "image/jpeg");

    @Inject
    ServletContext servletContext;

    @GET
    public Response asset(@PathParam("file") String file) {
        if (!SAFE.matcher(file).matches()) {
            throw new NotFoundException();
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        InputStream in = type == null ? null : servletContext.getResourceAsStream("/assets/" + file);
        if (in == null) {
            throw new NotFoundException();
        }
        if (!type.contains("charset")) {
            // web.xml's UTF-8 response encoding would otherwise give an image or a font a charset.
            response.setCharacterEncoding(null);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(in, type).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }
}
