package vn.saola.site;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.DocumentFilter;
import vn.saola.content.DocumentTermView;
import vn.saola.content.DocumentView;
import vn.saola.content.PublicContent;
import vn.saola.content.PublicDocuments;
import vn.saola.content.Vocabulary;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;
import vn.saola.stats.CountingFilter;

/**
 * {@code /vi/van-ban}, {@code /en/documents}: the register of official documents, filtered by type,
 * issuing body, field and year of issue and ordered by date; {@code /vi/van-ban/{slug}}: one
 * document with its files and the news that cites it. A filter naming nothing known is a 404, as
 * an unknown category is; an unknown order is the default order.
 */
@Controller
@RequestScoped
@Path("{lang: vi|en}/{section: " + Language.DOCUMENT_SEGMENTS + "}")
public class DocumentsController {

    @Inject
    Models models;

    @Inject
    PublicDocuments documents;

    @Inject
    PublicContent content;

    @Inject
    DocumentPage documentPage;

    @Inject
    SiteLayout layout;

    @Inject
    SiteSettings settings;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public String register(@PathParam("lang") String code, @PathParam("section") String section,
            @QueryParam("type") String type, @QueryParam("issuer") String issuer, @QueryParam("field") String field,
            @QueryParam("year") String year, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.documentsSegment());
        int number = PublicPaths.pageNumber(page);
        Map<Vocabulary, List<DocumentTermView>> terms = documents.terms();
        DocumentFilter filter = new DocumentFilter(known(terms, Vocabulary.TYPE, type), known(terms, Vocabulary.ISSUER, issuer),
                known(terms, Vocabulary.FIELD, field), year(year), "oldest".equals(sort));
        String query = DocumentLinks.query(filter);
        Map<Language, String> urls = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            urls.put(l, l.documentsPath() + query);
        }
        models.put("page", layout.frame(language, Messages.get(language, "register.title"),
                Messages.get(language, "register.description", settings.name(language)), urls, uri));
        models.put("filter", filter);
        models.put("types", terms.get(Vocabulary.TYPE));
        models.put("issuers", terms.get(Vocabulary.ISSUER));
        models.put("fields", terms.get(Vocabulary.FIELD));
        models.put("today", LocalDate.now(settings.zone()));
        models.put("years", documents.years());
        models.put("baseUrl", language.documentsPath() + query);
        models.put("documents", PublicPaths.existing(documents.list(language, filter, number, settings.pageSize())));
        return "site/documents.html";
    }

    @GET
    @Path("{slug}")
    public String document(@PathParam("lang") String code, @PathParam("section") String section,
            @PathParam("slug") String slug) {
        Language language = PublicPaths.language(code);
        PublicPaths.requireSegment(section, language.documentsSegment());
        String wanted = PublicPaths.slug(slug);
        Optional<DocumentView> found = documents.document(language, wanted);
        if (found.isEmpty()) {
            String moved = content.movedTo(language, wanted).orElseThrow(() -> PublicPaths.missing(content, language, wanted));
            throw new RedirectionException(Response.Status.MOVED_PERMANENTLY, URI.create(moved));
        }
        CountingFilter.articleShown(request, found.get().articleId());
        return documentPage.show(models, found.get(), uri);
    }

    /** The code asked for if a term of that list has it; absent is no filter, anything else no page. */
    private static String known(Map<Vocabulary, List<DocumentTermView>> terms, Vocabulary vocabulary, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return terms.get(vocabulary).stream().map(DocumentTermView::code).filter(code::equals).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static Integer year(String year) {
        if (year == null || year.isEmpty()) {
            return null;
        }
        if (!year.matches("(19|20|21)[0-9]{2}")) {
            throw new NotFoundException();
        }
        return Integer.valueOf(year);
    }
}
