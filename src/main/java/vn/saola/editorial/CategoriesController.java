package vn.saola.editorial;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.content.ArticleConstraints;
import vn.saola.content.CategoryEditing;
import vn.saola.content.EditRefused;
import vn.saola.i18n.Language;
import vn.saola.i18n.NameRule;

/**
 * {@code /admin/categories}: the site's sections — created with a name per language, renamed
 * in either, moved up or down the menu, deleted once empty.
 */
@Controller
@RequestScoped
@Path("admin/categories")
public class CategoriesController {

    static final String VIEW = "editorial/categories.html";

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    CategoryEditing categories;

    @GET
    public String list(@QueryParam("done") String done) {
        desk.open("categories");
        if (done != null && done.matches("created|renamed|moved|deleted|onHome|offHome")) {
            models.put("notice", desk.message("categories.notice." + done));
        }
        return show(Map.of(), Map.of());
    }

    @POST
    public Response create(@FormParam("name_vi") String vi, @FormParam("name_en") String en) {
        desk.open("categories");
        Map<Language, String> names = new EnumMap<>(Language.class);
        Map<String, String> problems = new LinkedHashMap<>();
        name(Language.VI, vi, names, problems);
        name(Language.EN, en, names, problems);
        if (names.isEmpty() && problems.isEmpty()) {
            problems.put("name_vi", "categories.error.nameRequired");
        }
        if (problems.isEmpty()) {
            try {
                categories.create(names, desk.who());
                return done("created");
            } catch (EditRefused refused) {
                problems.put(refused.field(), refused.messageKey());
            }
        }
        Map<String, String> typed = Map.of("name_vi", vi == null ? "" : vi, "name_en", en == null ? "" : en);
        show(typed, problems);
        return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/rename")
    public Response rename(@PathParam("id") long id, @FormParam("lang") String code, @FormParam("name") String name) {
        desk.open("categories");
        Language language = Language.fromCode(code == null ? "" : code).orElse(null);
        Map<Language, String> names = new EnumMap<>(Language.class);
        Map<String, String> problems = new LinkedHashMap<>();
        if (language == null) {
            problems.put("category", "categories.error.language");
        } else {
            name(language, name, names, problems);
            if (names.isEmpty() && problems.isEmpty()) {
                problems.put("name_" + language.code(), "categories.error.nameRequired");
            }
        }
        return change(problems, () -> categories.rename(id, language, names.get(language), desk.who()), "renamed");
    }

    @POST
    @Path("{id: [0-9]{1,18}}/move")
    public Response move(@PathParam("id") long id, @FormParam("direction") String direction) {
        desk.open("categories");
        return change(new LinkedHashMap<>(), () -> categories.move(id, "up".equals(direction) ? -1 : 1, desk.who()), "moved");
    }

    /** Shows the category as a block of its newest articles on the home page, or stops showing it. */
    @POST
    @Path("{id: [0-9]{1,18}}/home")
    public Response home(@PathParam("id") long id, @FormParam("shown") String shown) {
        desk.open("categories");
        boolean show = "true".equals(shown);
        return change(new LinkedHashMap<>(), () -> categories.showOnHome(id, show, desk.who()), show ? "onHome" : "offHome");
    }

    @POST
    @Path("{id: [0-9]{1,18}}/delete")
    public Response delete(@PathParam("id") long id) {
        desk.open("categories");
        return change(new LinkedHashMap<>(), () -> categories.delete(id, desk.who()), "deleted");
    }

    private Response change(Map<String, String> problems, Runnable work, String done) {
        if (problems.isEmpty()) {
            try {
                work.run();
                return done(done);
            } catch (EditRefused refused) {
                problems.put(refused.field(), refused.messageKey());
            }
        }
        show(Map.of(), problems);
        return Response.status(Response.Status.BAD_REQUEST).entity(VIEW).build();
    }

    private static void name(Language language, String given, Map<Language, String> names, Map<String, String> problems) {
        String name = NameRule.clean(given);
        if (name.length() > ArticleConstraints.CATEGORY_NAME) {
            problems.put("name_" + language.code(), "categories.error.nameLong");
        } else if (!name.isEmpty()) {
            names.put(language, name);
        }
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/categories?done=" + what)).build();
    }

    private String show(Map<String, String> typed, Map<String, String> problems) {
        models.put("categories", categories.all());
        models.put("values", typed);
        models.put("errors", desk.messages(problems));
        models.put("languages", List.of(Language.values()));
        return VIEW;
    }
}
