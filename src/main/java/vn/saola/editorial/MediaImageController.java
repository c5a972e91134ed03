package vn.saola.editorial;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ImageUse;
import vn.saola.content.ImageUses;
import vn.saola.i18n.Language;
import vn.saola.media.ImageLibrary;
import vn.saola.media.ImageWords;
import vn.saola.media.LibraryImageView;
import vn.saola.media.UploadRefused;

/**
 * {@code /admin/media/images/{id}}: one image of the library — where it is shown, what it shows
 * and says in each language (its text alternative and caption, which pages use wherever a text gives
 * none of its own), a new file in its place, and deleting it once nothing shows it.
 */
@Controller
@RequestScoped
@Path("admin/media/images/{id: [0-9]{1,18}}")
public class MediaImageController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    ImageLibrary images;

    @Inject
    ImageUses uses;

    @GET
    public String image(@PathParam("id") long id, @QueryParam("done") String done, @QueryParam("replace") String replaceProblem) {
        desk.open("media");
        LibraryImageView image = existing(id);
        if (done != null && done.matches("uploaded|described|replaced|inUse")) {
            models.put("notice", desk.message("media.image.notice." + done));
        }
        if (replaceProblem != null && replaceProblem.matches("(upload|media)\\.error\\.[a-zA-Z]+")) {
            models.put("replaceError", desk.message(replaceProblem, images.maxSize()));
        }
        return show(image, Map.of(), null);
    }

    @POST
    @Path("describe")
    public Response describe(@PathParam("id") long id, @FormParam("alt_vi") String altVi, @FormParam("alt_en") String altEn,
            @FormParam("caption_vi") String captionVi, @FormParam("caption_en") String captionEn) {
        desk.open("media");
        LibraryImageView image = existing(id);
        try {
            images.describe(id, Map.of(Language.VI, new ImageWords(altVi, captionVi), Language.EN, new ImageWords(altEn, captionEn)));
        } catch (UploadRefused refused) {
            Map<String, String> typed = Map.of("alt_vi", text(altVi), "alt_en", text(altEn), "caption_vi", text(captionVi),
                    "caption_en", text(captionEn));
            return Response.status(Response.Status.BAD_REQUEST).entity(show(image, typed, desk.message(refused.messageKey())))
                    .build();
        }
        return Response.seeOther(URI.create("/admin/media/images/" + id + "?done=described")).build();
    }

    /** Deletes the image and its copies; refused while an article, a page or the logo shows it. */
    @POST
    @Path("delete")
    public Response delete(@PathParam("id") long id) throws IOException {
        SignedIn editor = desk.openForEditors("media");
        LibraryImageView image = existing(id);
        if (uses.inUse(image.key())) {
            return Response.seeOther(URI.create("/admin/media/images/" + id + "?done=inUse")).build();
        }
        images.delete(id, editor.username());
        return Response.seeOther(URI.create("/admin/media?done=imageDeleted")).build();
    }

    /** The page, with what was typed and why it was refused when a description was ({@code problem}). */
    private String show(LibraryImageView image, Map<String, String> typed, String problem) {
        models.put("image", image);
        List<ImageUse> shownIn = uses.of(List.of(image.key()), desk.language()).getOrDefault(image.key(), List.of());
        models.put("uses", shownIn);
        models.put("typed", typed.isEmpty() ? Map.of("alt_vi", text(image.altVi()), "alt_en", text(image.altEn()),
                "caption_vi", text(image.captionVi()), "caption_en", text(image.captionEn())) : typed);
        models.put("problem", problem);
        models.put("maxImageSize", images.maxSize());
        return "editorial/media-image.html";
    }

    private LibraryImageView existing(long id) {
        return images.image(id).orElseThrow(NotFoundException::new);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
