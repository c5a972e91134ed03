package vn.saola.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.ArticleKind;
import vn.saola.content.Citation;
import vn.saola.content.DocumentView;
import vn.saola.platform.SiteSettings;
import vn.saola.search.SearchFilters;
import vn.saola.search.SearchService;
import vn.saola.sharing.DocumentMetadata;

/**
 * The public page of an official document, shared by the page itself and the editors' preview:
 * the register's facts, the summary and text, the files, and the news that cites its number.
 */
@ApplicationScoped
public class DocumentPage {

    public static final String VIEW = "site/document.html";
    static final int CITING = 10;

    @Inject
    SiteLayout layout;

    @Inject
    BodyPictures bodyPictures;

    @Inject
    SiteSettings settings;

    @Inject
    SearchService search;

    public String show(Models models, DocumentView shown, UriInfo uri) {
        PageFrame frame = layout.frame(shown.language(), shown.title(), shown.summary(), shown.urls(), uri);
        String base = layout.baseUrl(uri);
        models.put("page", frame);
        models.put("bodyHtml", bodyPictures.of(shown.bodyHtml(), shown.language()));
        models.put("shown", shown);
        models.put("address", base + shown.url());
        models.put("meta", DocumentMetadata.of(shown, frame.description(), base, layout.identity(), settings.zone()));
        models.put("expired", shown.facts() != null && shown.facts().expiredOn(LocalDate.now(settings.zone())));
        models.put("registerUrl", shown.language().documentsPath());
        // News names a document by linking it, or by its number where the number stands in its text.
        List<Citation> citing = new ArrayList<>(shown.linkedBy());
        if (shown.facts() != null) {
            search.search("\"" + shown.facts().number() + "\"", new SearchFilters(shown.language(), ArticleKind.ARTICLE, null, null),
                    1, CITING).hits().stream().map(hit -> new Citation(hit.title(), hit.url()))
                    .filter(hit -> citing.stream().noneMatch(c -> c.url().equals(hit.url()))).forEach(citing::add);
        }
        models.put("citing", citing.stream().limit(CITING).toList());
        return VIEW;
    }
}
