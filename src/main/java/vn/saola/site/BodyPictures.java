package vn.saola.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import vn.saola.i18n.Language;
import vn.saola.media.ImageLibrary;
import vn.saola.media.ImageStore;
import vn.saola.media.Picture;
import vn.saola.media.Pictures;

/**
 * The images in a body as a reader's browser should get them: each uploaded image offered in its
 * narrower copies ({@code srcset}, {@code sizes} for the text's column), its size written so the text
 * does not jump while it loads, and loaded only when scrolled near; an image given no text
 * alternative gets the library's, in the page's language. Done when a page is rendered
 * (then kept), not when the body is saved, so bodies written before the copies existed get them too.
 */
@ApplicationScoped
public class BodyPictures {

    /** The text's column: the whole screen on a phone, at most about 46rem beside the side column. */
    static final String SIZES = "(max-width: 48rem) 100vw, 46rem";

    @Inject
    Pictures pictures;

    @Inject
    ImageLibrary library;

    /** The body, in {@code language}, with its images as readers get them. */
    public String of(String bodyHtml, Language language) {
        if (bodyHtml == null || !bodyHtml.contains(ImageStore.PREFIX)) {
            return bodyHtml;
        }
        Document body = Jsoup.parseBodyFragment(bodyHtml);
        body.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element image : body.select("img[src^=" + ImageStore.PREFIX + "]")) {
            Picture picture = pictures.of(image.attr("src"));
            if (picture == null) {
                continue;
            }
            image.attr("srcset", picture.srcset()).attr("sizes", SIZES).attr("loading", "lazy").attr("decoding", "async");
            if (!image.hasAttr("width") && !image.hasAttr("height")) {
                image.attr("width", String.valueOf(picture.width())).attr("height", String.valueOf(picture.height()));
            }
            if (image.attr("alt").isBlank()) {
                // The library's words for what the image shows, else decoration (rather than the file's name read aloud).
                image.attr("alt", library.atAddress(image.attr("src")).map(i -> i.alt(language)).orElse(""));
            }
            changed = true;
        }
        return changed ? body.body().html() : bodyHtml;
    }
}
