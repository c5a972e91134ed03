package vn.saola.editorial;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.validation.Valid;
import jakarta.validation.executable.ExecutableType;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleEditing;
import vn.saola.content.ArticleKind;
import vn.saola.content.CategoryEditing;
import vn.saola.content.EditRefused;
import vn.saola.i18n.Language;

/**
 * A new article ({@link NewArticleController}), page ({@link NewPageController}) or official document
 * ({@link NewDocumentController}), written first in one language: the same form, with a category for
 * news and a parent for a page; a document's register entry is filled once it exists. Abstract, so
 * that each address is one bean of its own type (a bean subclassing the other was picked for both);
 * public, so that JAX-RS sees the annotations of the methods its subclasses inherit.
 */
@Controller // Krazo looks for it on the class that declares the method, this one
public abstract class NewItemController {

    /** What this address makes. */
    abstract ArticleKind making();

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    CategoryEditing categories;

    @Inject
    Saving saving;

    @GET
    public String newArticle(@QueryParam("lang") String code, @QueryParam("parent") String parent) {
        ArticleKind making = making();
        desk.open(section(making));
        Language language = Language.fromCode(code == null ? "" : code).orElse(desk.language());
        Map<String, String> values = new LinkedHashMap<>();
        if (making == ArticleKind.PAGE) {
            // "Add a page under this one", from the list of pages.
            values.put("parent", parent != null && parent.matches("[0-9]{1,18}") ? parent : "");
        } else if (making.hasCategory()) {
            categories.all().stream().findFirst().ifPresent(c -> values.put("category", String.valueOf(c.id())));
        }
        return saving.showForm(making, null, language, values, Map.of());
    }

    @POST
    @ValidateOnExecution(type = ExecutableType.NONE) // Krazo validates, into BindingResult
    public Response create(@QueryParam("lang") String code, @Valid @BeanParam ArticleForm form) {
        ArticleKind making = making();
        SignedIn editor = desk.open(section(making));
        Language language = Language.fromCode(code == null ? "" : code).orElse(desk.language());
        Map<String, String> problems = saving.problems(form, making);
        if (!problems.isEmpty()) {
            return saving.refusedForm(making, null, language, form.values(), problems);
        }
        try {
            long id = editing.create(making, language, form.shared(desk.formats().zone()), form.words(), editor.username());
            return saving.after(id, language, form);
        } catch (EditRefused refused) {
            return saving.refusedForm(making, null, language, form.values(), Map.of(refused.field(), refused.messageKey()));
        }
    }

    /** The admin's section, and the first segment of its addresses, for items of {@code kind}. */
    static String section(ArticleKind kind) {
        return switch (kind) {
            case PAGE -> "pages";
            case DOCUMENT -> "documents";
            case ARTICLE -> "articles";
        };
    }
}
