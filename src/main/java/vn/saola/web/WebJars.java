package vn.saola.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

    /** Library/version/… with plain names only: no "..", no empty or hidden segments. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9_-]+/[0-9][0-9A-Za-z.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");

    private static final StaticFiles.Memory MEMORY = new StaticFiles.Memory(file -> {
        byte[] identity = StaticFiles.readAll(WebJars.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/" + file));
        return identity == null ? null : StaticFiles.HeldFile.of(file, identity, null);
    });

    @Context
    HttpServletResponse response;

    @GET
    public Response file(@PathParam("file") String file, @HeaderParam("Accept-Encoding") String acceptEncoding,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!SAFE.matcher(file).matches() || file.contains("..") || StaticFiles.type(file).isEmpty()) {
            throw new NotFoundException();
        }
        StaticFiles.HeldFile held = MEMORY.find(file).orElseThrow(NotFoundException::new);
        return StaticFiles.answer(held, StaticFiles.FOR_A_YEAR, acceptEncoding, ifNoneMatch, response);
    }
}
