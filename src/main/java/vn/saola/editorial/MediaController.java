package vn.saola.editorial;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.content.Attachments;
import vn.saola.media.AttachmentType;
import vn.saola.media.FileStore;

/**
 * {@code /admin/media}: the library of attached documents — every stored file once, newest first,
 * with the articles and pages that list it; found by words of its name or titles, and by type — and
 * the stored files nothing lists any more, which may be deleted.
 */
@Controller
@RequestScoped
@Path("admin/media")
public class MediaController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Attachments attachments;

    @Inject
    FileStore files;

    @GET
    public String library(@QueryParam("q") String words, @QueryParam("type") String type,
            @QueryParam("done") String deleted) {
        desk.open("media");
        String chosen = AttachmentType.ofExtension(type == null ? "" : type).map(AttachmentType::extension).orElse("");
        String typed = words == null ? "" : words.strip();
        if (typed.length() > 200) {
            typed = typed.substring(0, 200);
        }
        models.put("files", attachments.library(typed, chosen, desk.language()));
        models.put("q", typed);
        models.put("type", chosen);
        models.put("types", Arrays.stream(AttachmentType.values()).map(AttachmentType::extension).toList());
        models.put("limit", Attachments.LIBRARY_SIZE);
        Set<String> used = attachments.keysInUse();
        models.put("unused", files.all().stream().filter(f -> !used.contains(f.key()))
                .limit(Attachments.LIBRARY_SIZE).toList());
        if (deleted != null && deleted.matches("deleted|inUse")) {
            models.put("notice", desk.message("media.notice." + deleted));
        }
        return "editorial/media.html";
    }

    /**
     * Deletes a stored file no article or page lists any more (one taken off, or whose articles were
     * deleted). Refused while something lists it: its address is in a published page.
     */
    @POST
    @Path("unused/{key: [0-9a-f]{32}}/delete")
    public Response delete(@PathParam("key") String key) throws IOException {
        desk.open("media");
        if (attachments.inUse(key)) {
            return Response.seeOther(URI.create("/admin/media?done=inUse#unused")).build();
        }
        files.delete(key);
        return Response.seeOther(URI.create("/admin/media?done=deleted#unused")).build();
    }
}
