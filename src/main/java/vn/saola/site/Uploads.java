package vn.saola.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import vn.saola.media.ImageLibrary;
import vn.saola.media.ImageStore;
import vn.saola.media.ImageType;
import vn.saola.web.StaticFiles;

/**
 * {@code /uploads/…}: uploaded images, with the type their content was recognised as and a
 * year's caching (a name is never reused for other content); a replaced image's old address
 * redirects to its new one.
 */
@jakarta.ws.rs.Path("uploads/{file: .+}")
public class Uploads {

    @Inject
    ImageStore images;

    @Inject
    ImageLibrary library;

    @Context
    HttpServletResponse response;

    @GET
    public Response image(@PathParam("file") String file) {
        Path found = images.find(file).orElse(null);
        if (found == null) {
            // A replaced image's old address: where it is now, for links and pages kept elsewhere.
            return library.movedTo(ImageStore.PREFIX + file).map(now -> Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(now)).build()).orElseThrow(NotFoundException::new);
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        ImageType type = ImageType.ofExtension(extension).orElseThrow(NotFoundException::new);
        try {
            return StaticFiles.serve(Files.newInputStream(found), type.mediaType(), "public, max-age=31536000, immutable",
                    response);
        } catch (IOException gone) {
            throw new NotFoundException();
        }
    }
}
