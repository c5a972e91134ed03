package vn.saola.site;

import java.time.ZoneId;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.ArticleCard;
import vn.saola.content.DocumentCard;
import vn.saola.content.DocumentFilter;
import vn.saola.content.PublicDocuments;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/**
 * {@code /vi/van-ban/rss.xml}, {@code /en/documents/rss.xml}: the newest documents issued, each
 * titled with its number, dated the day it was issued, filed under its type.
 */
@Path("{lang: vi|en}/{section: " + Language.DOCUMENT_SEGMENTS + "}/rss.xml")
public class DocumentFeed {

    @Inject
    PublicDocuments documents;

    @Inject
    SiteSettings settings;

    @Inject
    SiteLayout layout;

    @Context
    UriInfo uri;

    public static String path(Language language) {
        return language.documentsPath() + "/rss.xml";
    }

    @GET
    public Response feed(@PathParam("lang") String code, @PathParam("section") String section) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.documentsSegment());
        ZoneId zone = settings.zone();
        String title = Messages.get(language, "register.feed", layout.siteName(language));
        return Feeds.feed(language, layout.baseUrl(uri), zone, title,
                Messages.get(language, "register.description", layout.siteName(language)), language.documentsPath(),
                path(language), documents.list(language, DocumentFilter.ALL, 1, Feeds.ITEMS).items().stream()
                        .map(d -> item(d, language, zone)).toList());
    }

    private static ArticleCard item(DocumentCard document, Language language, ZoneId zone) {
        return new ArticleCard(document.articleId(), document.number() + " – " + document.title(), document.url(),
                document.issuedOn().atStartOfDay(zone).toInstant(), document.summary(), document.type().name(language),
                null, null);
    }
}
