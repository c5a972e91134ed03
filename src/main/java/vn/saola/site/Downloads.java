package vn.saola.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import vn.saola.media.FileNames;
import vn.saola.media.FileStore;
import vn.saola.web.StaticFiles;

/**
 * {@code /files/{key}/{name}}: an attached document, with the type its content was recognised as,
 * a year's caching (the key is its bytes' hash), and the name from the address as the download's
 * name, made safe again and given the type's extension. A PDF opens in the browser; the rest download.
 * A replaced document's old address redirects to its new one.
 */
@jakarta.ws.rs.Path("files/{key: [0-9a-f]{32}}/{name}")
public class Downloads {

    @Inject
    FileStore files;

    @Context
    HttpServletResponse response;

    @GET
    public Response file(@PathParam("key") String key, @PathParam("name") String name) {
        FileStore.Found found = files.find(key, name).orElse(null);
        if (found == null) {
            // A replaced document's old address: where it is now, for links kept elsewhere.
            return files.movedTo(key).map(now -> Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(now))
                    .build()).orElseThrow(NotFoundException::new);
        }
        String shown = FileNames.safe(name, found.type().extension());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(found.type().opensInBrowser(), shown));
        // The pages' policy forbids plug-ins (object-src 'none'), which would stop the browser's own
        // PDF reader; a document served as itself, with nosniff, runs nothing of this site's.
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        try {
            return StaticFiles.serve(Files.newInputStream(found.file()), found.type().mediaType(),
                    "public, max-age=31536000, immutable", response);
        } catch (IOException gone) {
            throw new NotFoundException();
        }
    }
}
