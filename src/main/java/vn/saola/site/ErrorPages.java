package vn.saola.site;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.thymeleaf.context.Context;

import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.i18n.Messages;
import vn.saola.web.ThymeleafViews;

/**
 * The page a visitor sees when something goes wrong: in the language of the URL (or of the
 * browser), inside the site's layout, with a way back home, and never a stack trace. Under
 * {@code /api/} the same answer is JSON.
 */
@ApplicationScoped
public class ErrorPages {

    /** Looked up once: {@code Json.create…} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    @Inject
    ThymeleafViews views;

    @Inject
    SiteLayout layout;

    public Response render(int status, UriInfo uri, HttpHeaders headers) {
        return render(status, pathOf(uri), uri, headers, null);
    }

    /** For a request that reached us under another path than the one the visitor asked for. */
    public Response render(int status, String requestedPath, UriInfo uri, HttpHeaders headers) {
        return render(status, requestedPath, uri, headers, null);
    }

    public Response failure(Throwable failure, UriInfo uri, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + pathOf(uri), failure);
        return render(500, pathOf(uri), uri, headers, incident);
    }

    private Response render(int status, String path, UriInfo uri, HttpHeaders headers, String incident) {
        Language language = languageOf(path, headers);
        String key = switch (status) {
            case 400, 403, 404, 405, 410, 413, 415 -> "error." + status;
            default -> status >= 500 ? "error.500" : "error.400";
        };
        String title = Messages.get(language, key + ".title");
        String explanation = Messages.get(language, key + ".text");
        if (path.startsWith("/api/")) {
            String json = JSON.createObjectBuilder().add("status", status).add("error", title)
                    .add("message", explanation).build().toString();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(json).build();
        }
        PageFrame frame;
        try {
            frame = layout.frame(language, title, explanation, Map.of(), uri);
        } catch (RuntimeException databaseDown) {
            // The error page must render even when what failed was the content it decorates.
            frame = layout.bareFrame(language, title, explanation);
        }
        Context context = new Context(language.locale(), Map.of(
                "page", frame, "status", status, "heading", title, "explanation", explanation,
                "incident", incident == null ? "" : incident, ThymeleafViews.CONTEXT_PATH, views.contextPath()));
        String html = views.engine().process("site/error", context);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .entity(html).build();
    }

    static Language languageOf(String path, HttpHeaders headers) {
        String first = path.startsWith("/") ? path.substring(1) : path;
        int slash = first.indexOf('/');
        return Language.fromCode(slash < 0 ? first : first.substring(0, slash))
                .or(() -> LanguageChoice.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.primary());
    }

    private static String pathOf(UriInfo uri) {
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
