package vn.saola.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.PageView;

/** The public page of a page (Giới thiệu, Liên hệ …), shared by the page itself and the editors' preview. */
@ApplicationScoped
public class PagePage {

    public static final String VIEW = "site/page.html";

    @Inject
    SiteLayout layout;

    @Inject
    BodyPictures bodyPictures;

    public String show(Models models, PageView shown, UriInfo uri) {
        PageFrame frame = layout.frame(shown.language(), shown.title(), shown.summary(), shown.urls(), uri);
        models.put("page", frame);
        models.put("bodyHtml", bodyPictures.of(shown.bodyHtml(), shown.language()));
        models.put("shown", shown);
        models.put("address", layout.baseUrl(uri) + shown.url());
        return VIEW;
    }
}
