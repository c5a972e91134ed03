package vn.saola.editorial;

import java.net.URI;
import java.text.Normalizer;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleEditing;
import vn.saola.content.CategoryEditing;
import vn.saola.content.EditConflict;
import vn.saola.content.EditRefused;
import vn.saola.content.MenuEntry;
import vn.saola.content.MenuInput;
import vn.saola.content.MenuName;
import vn.saola.content.MenuPlacement;
import vn.saola.content.MenuTarget;
import vn.saola.content.Menus;
import vn.saola.i18n.Language;

/**
 * {@code /admin/menus}: the header menu, the footer menu and the "Liên kết website" block. Items
 * are added, edited, moved up and down with buttons (no dragging: keyboard and mouse alike) and
 * deleted; the block is placed in the footer or the side column. Administrators only (web.xml).
 */
@Controller
@RequestScoped
@Path("admin/menus")
public class MenusController {

    static final String VIEW = "editorial/menus.html";
    static final String ITEM_VIEW = "editorial/menu-item.html";

    /** One menu on the screen, with its items and the form that adds one ({@code values}, {@code errors}: that form's). */
    public record MenuSection(MenuName name, List<MenuEntry> items, List<MenuEntry> parents, Map<String, String> values,
            Map<String, String> errors) {

        public String word() {
            return name.word();
        }
    }

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Menus menus;

    @Inject
    ArticleEditing editing;

    @Inject
    CategoryEditing categories;

    @GET
    public String show(@QueryParam("done") String done) {
        desk.open("menus");
        if (done != null && done.matches("added|saved|moved|deleted|placed")) {
            models.put("notice", desk.message("menus.notice." + done));
        }
        return page(null, Map.of(), Map.of());
    }

    @POST
    @Path("{menu: header|footer|links}/items")
    public Response add(@PathParam("menu") String word, MultivaluedMap<String, String> form) {
        SignedIn by = desk.open("menus");
        MenuName menu = MenuName.fromWord(word).orElseThrow(NotFoundException::new);
        try {
            menus.add(menu, input(form), by.username());
            return done("added");
        } catch (EditRefused refused) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(menu, typed(form), Map.of(refused.field(), desk.message(refused.messageKey())))).build();
        }
    }

    @GET
    @Path("items/{id: [0-9]{1,18}}")
    public String edit(@PathParam("id") long id) {
        desk.open("menus");
        MenuEntry entry = menus.entry(id, desk.language()).orElseThrow(NotFoundException::new);
        return itemPage(entry, values(entry), Map.of());
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}")
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        SignedIn by = desk.open("menus");
        MenuEntry entry = menus.entry(id, desk.language()).orElseThrow(NotFoundException::new);
        String sent = form.getFirst("version");
        int version = sent != null && sent.matches("[0-9]{1,9}") ? Integer.parseInt(sent) : -1;
        try {
            menus.update(id, version, input(form), by.username());
            return done("saved");
        } catch (EditRefused refused) {
            return Response.status(Response.Status.BAD_REQUEST).entity(itemPage(entry, typed(form),
                    Map.of(refused.field(), desk.message(refused.messageKey())))).build();
        } catch (EditConflict conflict) {
            MenuEntry now = menus.entry(id, desk.language()).orElseThrow(NotFoundException::new);
            models.put("conflict", desk.message("menus.error.conflict"));
            Map<String, String> typed = typed(form);
            typed.put("version", String.valueOf(now.version()));
            return Response.status(Response.Status.CONFLICT).entity(itemPage(now, typed, Map.of())).build();
        }
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/move")
    public Response move(@PathParam("id") long id, @FormParam("direction") String direction) {
        desk.open("menus");
        menus.entry(id, desk.language()).orElseThrow(NotFoundException::new);
        menus.move(id, "up".equals(direction) ? -1 : 1);
        return done("moved");
    }

    @POST
    @Path("items/{id: [0-9]{1,18}}/delete")
    public Response delete(@PathParam("id") long id) {
        SignedIn by = desk.open("menus");
        menus.entry(id, desk.language()).orElseThrow(NotFoundException::new);
        menus.delete(id, by.username());
        return done("deleted");
    }

    @POST
    @Path("links/placement")
    public Response place(@FormParam("placement") String placement) {
        desk.open("menus");
        menus.placeLinks("side".equals(placement) ? MenuPlacement.SIDE : MenuPlacement.FOOTER);
        return done("placed");
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/menus?done=" + what)).build();
    }

    /** Every menu, each with its add form; {@code refused} is the menu whose form comes back with {@code errors}. */
    private String page(MenuName refused, Map<String, String> typed, Map<String, String> errors) {
        Language language = desk.language();
        models.put("sections", java.util.Arrays.stream(MenuName.values()).map(menu -> {
            List<MenuEntry> items = menus.entries(menu, language);
            return new MenuSection(menu, items, items.stream().filter(item -> !item.isChild()).toList(),
                    menu == refused ? typed : Map.of("target", "page"), menu == refused ? errors : Map.of());
        }).toList());
        models.put("linksAside", menus.linksPlacement() == MenuPlacement.SIDE);
        choices();
        return VIEW;
    }

    private String itemPage(MenuEntry entry, Map<String, String> values, Map<String, String> errors) {
        models.put("entry", entry);
        models.put("values", values);
        models.put("errors", errors);
        models.put("parents", menus.entries(entry.menu(), desk.language()).stream()
                .filter(item -> !item.isChild() && item.id() != entry.id()).toList());
        choices();
        return ITEM_VIEW;
    }

    /** What an item may lead to. */
    private void choices() {
        models.put("pageChoices", editing.pages().inOrder());
        models.put("categoryChoices", categories.all());
        models.put("languages", List.of(Language.values()));
    }

    private static Map<String, String> values(MenuEntry entry) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("target", entry.target().word());
        values.put(entry.target().word(), entry.target() == MenuTarget.LINK ? entry.url() : String.valueOf(entry.targetId()));
        for (Language language : Language.values()) {
            values.put("label_" + language.code(), entry.label(language));
        }
        values.put("parent", entry.parentId() == null ? "" : String.valueOf(entry.parentId()));
        values.put("version", String.valueOf(entry.version()));
        return values;
    }

    /** What was typed, for the form again. */
    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : List.of("target", "page", "category", "link", "label_vi", "label_en", "parent", "version")) {
            typed.put(name, clean(form.getFirst(name)));
        }
        return typed;
    }

    private static MenuInput input(MultivaluedMap<String, String> form) {
        MenuTarget target = MenuTarget.fromWord(clean(form.getFirst("target")))
                .orElseThrow(() -> new EditRefused("target", "menus.error.target"));
        Map<Language, String> labels = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String label = clean(form.getFirst("label_" + language.code()));
            if (!label.isEmpty()) {
                labels.put(language, label);
            }
        }
        Long targetId = target == MenuTarget.LINK ? null : id(form.getFirst(target.word()));
        return new MenuInput(target, targetId, clean(form.getFirst("link")), labels, id(form.getFirst("parent")));
    }

    private static Long id(String text) {
        return text != null && text.strip().matches("[0-9]{1,18}") ? Long.valueOf(text.strip()) : null;
    }

    private static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }
}
