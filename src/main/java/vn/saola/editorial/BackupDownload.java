package vn.saola.editorial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import vn.saola.platform.Backups;

/** {@code GET /admin/backup/files/{name}}: a kept backup, to download (administrators only, web.xml). A plain resource: Krazo would take a controller's answer for a view. */
@jakarta.ws.rs.Path("admin/backup/files/{name}")
public class BackupDownload {

    @Inject
    Backups backups;

    @GET
    @Produces("application/zip")
    public Response download(@PathParam("name") String name) throws IOException {
        Path archive = backups.find(name).orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> Files.copy(archive, out);
        return Response.ok(body, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + archive.getFileName() + "\"")
                .header(HttpHeaders.CONTENT_LENGTH, Files.size(archive))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
