package vn.saola.editorial;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.saola.i18n.Language;
import vn.saola.media.ImageLibrary;
import vn.saola.media.LibraryImageView;

/**
 * {@code GET /admin/media/images.json?lang=vi}: the library's newest images for the rich-text
 * editor's image dialog ({@code [{"title", "value"}]}, TinyMCE's {@code image_list}), each titled by
 * what it shows in the body's language, else its name. A plain resource: Krazo would take a
 * controller's answer for a view name.
 */
@Path("admin/media/images.json")
public class LibraryImageList {

    /** As many as the dialog's list stays usable with; older ones are found in the library. */
    static final int CHOICES = 100;
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ImageLibrary images;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("lang") String lang) {
        Language language = Language.fromCode(lang == null ? "" : lang).orElse(Language.primary());
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (LibraryImageView image : images.newest(CHOICES)) {
            String alt = image.alt(language);
            list.add(JSON.createObjectBuilder().add("title", alt == null ? image.fileName() : alt + " (" + image.fileName() + ")")
                    .add("value", image.address()));
        }
        return list.build().toString();
    }
}
