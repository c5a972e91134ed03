package vn.saola.editorial;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.content.EditConflict;
import vn.saola.content.SiteIdentities;
import vn.saola.content.SiteIdentity;
import vn.saola.i18n.Language;
import vn.saola.i18n.NameRule;

/**
 * {@code /admin/settings}: the site's identity, per language — the portal's and the agency's
 * names, contacts, the person responsible for content, the licence, the footer — and its logo.
 * Administrators only (web.xml). A save applies to every page on every node at once.
 */
@Controller
@RequestScoped
@Path("admin/settings")
public class SettingsController {

    static final String VIEW = "editorial/settings.html";
    private static final Pattern TELEPHONE = Pattern.compile("[0-9+().\\-/ ]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>]{1,64}@[^@\\s\"<>]+\\.[^@\\s\"<>.]{2,}");

    /** One field of the form, in each language: its name in the form and the bundle, and its rules. */
    public record Field(String name, int maxLength, boolean multiline, String type, boolean required, boolean hinted) {
    }

    static final List<Field> FIELDS = List.of(
            new Field("siteName", SiteIdentity.Text.SITE_NAME, false, "text", true, true),
            new Field("agencyName", SiteIdentity.Text.AGENCY_NAME, false, "text", false, false),
            new Field("address", SiteIdentity.Text.ADDRESS, false, "text", false, false),
            new Field("telephone", SiteIdentity.Text.TELEPHONE, false, "tel", false, false),
            new Field("fax", SiteIdentity.Text.TELEPHONE, false, "tel", false, false),
            new Field("email", SiteIdentity.Text.EMAIL, false, "email", false, false),
            new Field("responsible", SiteIdentity.Text.RESPONSIBLE, false, "text", false, true),
            new Field("licence", SiteIdentity.Text.LICENCE, false, "text", false, true),
            new Field("footer", SiteIdentity.Text.FOOTER, true, "text", false, false));

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Saving saving;

    @Inject
    SiteIdentities identities;

    @GET
    public String show(@QueryParam("done") String done, @QueryParam("logo") String logoProblem) {
        desk.open("settings");
        if (done != null && done.matches("saved|logo|logoRemoved")) {
            models.put("notice", desk.message("settings.notice." + done));
        }
        if (logoProblem != null && logoProblem.matches("upload\\.error\\.(missing|type|size|dimensions)")) {
            models.put("logoError", desk.message(logoProblem, saving.maxImageSize()));
        }
        SiteIdentity identity = identities.current();
        return page(identity.version(), typed(identity), Map.of());
    }

    @POST
    public Response save(MultivaluedMap<String, String> form) {
        SignedIn by = desk.open("settings");
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Language, SiteIdentity.Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Field field : FIELDS) {
                String name = field.name() + "_" + language.code();
                String value = clean(form.getFirst(name), field.multiline());
                typed.put(name, value);
                values.put(field.name(), value);
                String problem = problem(field, language, value);
                if (problem != null) {
                    errors.put(name, desk.message(problem, field.maxLength()));
                }
            }
            texts.put(language, SiteIdentity.Text.of(values));
        }
        String versionSent = form.getFirst("version");
        int version = versionSent != null && versionSent.matches("[0-9]{1,9}") ? Integer.parseInt(versionSent) : -1;
        if (errors.isEmpty()) {
            try {
                identities.save(texts, version, by.username());
                return Response.seeOther(URI.create("/admin/settings?done=saved")).build();
            } catch (EditConflict conflict) {
                models.put("conflict", conflict.savedBy() == null ? desk.message("settings.error.conflictUnknown")
                        : desk.message("settings.error.conflict", conflict.savedBy()));
                // Saving again replaces what the other administrator saved, knowingly.
                return Response.status(Response.Status.CONFLICT)
                        .entity(page(identities.current().version(), typed, errors)).build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(page(version, typed, errors)).build();
    }

    @POST
    @Path("logo/remove")
    public Response removeLogo() {
        SignedIn by = desk.open("settings");
        identities.setLogo(null, by.username());
        return Response.seeOther(URI.create("/admin/settings?done=logoRemoved")).build();
    }

    private static String problem(Field field, Language language, String value) {
        if (value.length() > field.maxLength()) {
            return "settings.error.tooLong";
        }
        if (field.required() && language == Language.primary() && value.isEmpty()) {
            return "settings.error.siteName";
        }
        if (field.type().equals("tel") && !TELEPHONE.matcher(value).matches()) {
            return "settings.error.telephone";
        }
        if (field.type().equals("email") && !value.isEmpty() && !EMAIL.matcher(value).matches()) {
            return "settings.error.email";
        }
        return null;
    }

    /** As kept: composed, trimmed, one line unless the field has several (then without carriage returns). */
    private static String clean(String given, boolean multiline) {
        String value = NameRule.clean(given).replace("\r\n", "\n").replace('\r', '\n');
        value = value.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
        return multiline ? value : value.replaceAll("\\s+", " ");
    }

    private static Map<String, String> typed(SiteIdentity identity) {
        Map<String, String> values = new LinkedHashMap<>();
        identity.texts().forEach((language, text) ->
                text.fields().forEach((field, value) -> values.put(field + "_" + language.code(), value)));
        return values;
    }

    private String page(int version, Map<String, String> typed, Map<String, String> errors) {
        models.put("version", version);
        models.put("values", typed);
        models.put("errors", errors);
        models.put("fields", FIELDS);
        models.put("languages", List.of(Language.values()));
        models.put("logo", identities.current().logo());
        models.put("maxImageSize", saving.maxImageSize());
        return VIEW;
    }
}
