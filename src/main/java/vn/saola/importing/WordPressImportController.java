package vn.saola.importing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.AccountService;
import vn.saola.accounts.SignedIn;
import vn.saola.editorial.Desk;
import vn.saola.i18n.Messages;

/**
 * {@code /admin/import/wordpress}, administrators only: send a WordPress export (and its uploads),
 * read the preview — what it holds, what will be skipped and why —, give each WordPress author the
 * byline their items will carry, start; then follow the import's progress and read its report.
 */
@Controller
@RequestScoped
@Path("admin/import/wordpress")
public class WordPressImportController {

    static final String VIEW = "importing/wordpress.html";

    /** What the preview says of an item that will be skipped. */
    public record SkipRow(String item, String reason) {
    }

    /** The preview's counts, in the order the page shows them. */
    public record Count(String label, int count) {
    }

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    WordPressImports imports;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    @GET
    public String form() {
        desk.open("wordpress");
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(WordPressUploadServlet.REFUSAL) != null) {
            models.put("refusal", session.getAttribute(WordPressUploadServlet.REFUSAL));
            session.removeAttribute(WordPressUploadServlet.REFUSAL);
        }
        models.put("stage", "form");
        return VIEW;
    }

    @GET
    @Path("{key: [0-9a-f]{32}}")
    public String staged(@PathParam("key") String key) {
        SignedIn admin = desk.open("wordpress");
        WordPressImports.Staged staged = imports.staged(key).orElseThrow(NotFoundException::new);
        models.put("key", key);
        models.put("site", staged.survey.baseUrl());
        if (staged.report == null) {
            models.put("stage", "preview");
            preview(staged.survey);
            models.put("uploadsSent", staged.uploads != null);
            models.put("by", admin.username());
            return VIEW;
        }
        models.put("stage", staged.finished ? "report" : "running");
        models.put("report", staged.report);
        models.put("failure", staged.failure);
        return VIEW;
    }

    @POST
    @Path("{key: [0-9a-f]{32}}/start")
    public Response start(@PathParam("key") String key, MultivaluedMap<String, String> form) {
        desk.open("wordpress");
        WordPressImports.Staged staged = imports.staged(key).orElseThrow(NotFoundException::new);
        Map<String, String> bylines = new LinkedHashMap<>();
        for (WxrSurvey.Author author : staged.survey.authors()) {
            String byline = form.getFirst("byline." + author.login());
            if (byline != null && !byline.isBlank()) {
                bylines.put(author.login(), byline.strip());
            }
        }
        imports.start(staged, bylines, desk.language());
        return Response.seeOther(URI.create("/admin/import/wordpress/" + key)).build();
    }

    private void preview(WxrSurvey survey) {
        var language = desk.language();
        models.put("counts", List.of(
                new Count(Messages.get(language, "wordpress.count.published"), survey.count("post", "publish")),
                new Count(Messages.get(language, "wordpress.count.scheduled"), survey.count("post", "future")),
                new Count(Messages.get(language, "wordpress.count.drafts"), survey.count("post", "draft")
                        + survey.count("post", "pending") + survey.count("post", "private")),
                new Count(Messages.get(language, "wordpress.count.pages"), survey.count("page")
                        - survey.count("page", "trash") - survey.count("page", "auto-draft")),
                new Count(Messages.get(language, "wordpress.count.categories"), survey.categories()),
                new Count(Messages.get(language, "wordpress.count.tags"), survey.tags()),
                new Count(Messages.get(language, "wordpress.count.authors"), survey.authors().size()),
                new Count(Messages.get(language, "wordpress.count.attachments"), survey.attachments().size()),
                new Count(Messages.get(language, "wordpress.count.comments"), survey.comments())));
        models.put("authors", survey.authors());
        // An author may be given the name of one of Saola's accounts, offered as they type.
        models.put("accountNames", accounts.all().stream().filter(a -> !a.disabled())
                .map(AccountService.AccountRow::username).toList());
        models.put("polylang", survey.polylang());
        models.put("toImport", survey.toImport());
        models.put("skipped", survey.skipped().stream().map(s -> new SkipRow(s.label(language),
                Messages.get(language, "import.wordpress.skip." + s.reason()))).toList());
        models.put("skippedCount", survey.skippedCount());
    }
}
