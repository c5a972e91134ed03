package vn.saola.media;

import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

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
        // web.xml's UTF-8 response encoding would otherwise label the image "image/png;charset=UTF-8".
        response.setCharacterEncoding(null);
        String extension = file.substring(file.lastIndexOf('.') + 1);
        ImageType type = ImageType.ofExtension(extension).orElseThrow(NotFoundException::new);
        return Response.ok(found.toFile(), type.mediaType())
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
