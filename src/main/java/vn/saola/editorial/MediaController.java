package vn.saola.editorial;

import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import vn.saola.content.Attachments;
import vn.saola.media.AttachmentType;

/**
 * {@code /admin/media}: the library of attached documents — every stored file once, newest first,
 * with the articles and pages that list it; found by words of its name or titles, and by type.
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

    @GET
    public String library(@QueryParam("q") String words, @QueryParam("type") String type) {
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
        return "editorial/media.html";
    }
}
