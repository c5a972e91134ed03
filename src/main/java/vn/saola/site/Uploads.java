package vn.saola.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import vn.saola.media.ImageStore;
import vn.saola.media.ImageType;
import vn.saola.web.StaticFiles;

/**
 * {@code /uploads/…}: uploaded images, with the type their content was recognised as and a
 * year's caching (a name is never reused for other content).
 */
@jakarta.ws.rs.Path("uploads/{file: .+}")
public class Uploads {

    @Inject
    ImageStore images;

    @Context
    HttpServletResponse response;

    @GET
    public Response image(@PathParam("file") String file) {
        Path found = images.find(file).orElseThrow(NotFoundException::new);
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
