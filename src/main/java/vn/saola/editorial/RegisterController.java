package vn.saola.editorial;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import vn.saola.content.ArticleConstraints;
import vn.saola.content.ArticleDraft;
import vn.saola.content.ArticleEditing;
import vn.saola.content.ArticleKind;
import vn.saola.content.DocumentInput;
import vn.saola.content.EditRefused;
import vn.saola.content.Register;
import vn.saola.i18n.Language;

/**
 * {@code POST /admin/documents/{id}/record}: a document's register entry — number, type, issuing body,
 * field, signer and dates — from the section of its editing form. Refused, the form comes back with
 * what the editor typed and what is wrong with it, and nothing is saved.
 */
@Controller
@RequestScoped
@Path("admin/documents/{id: [0-9]{1,18}}/record")
public class RegisterController {

    @Inject
    Desk desk;

    @Inject
    ArticleEditing editing;

    @Inject
    Register register;

    @Inject
    RegisterForm form;

    @Inject
    Saving saving;

    @POST
    public Response record(@PathParam("id") long id, @FormParam("lang") String lang, @FormParam("number") String number,
            @FormParam("type") String type, @FormParam("issuer") String issuer, @FormParam("field") String field,
            @FormParam("signer") String signer, @FormParam("issuedOn") String issuedOn,
            @FormParam("effectiveOn") String effectiveOn, @FormParam("expiredOn") String expiredOn) {
        ArticleDraft draft = editing.draft(id).filter(d -> d.kind() == ArticleKind.DOCUMENT).orElseThrow(NotFoundException::new);
        desk.openShared("documents", draft);
        Language language = Language.fromCode(lang == null ? "" : lang).filter(l -> draft.translation(l).isPresent())
                .orElseGet(() -> draft.translations().keySet().iterator().next());
        Map<String, String> typed = new LinkedHashMap<>();
        String[] given = {number, type, issuer, field, signer, issuedOn, effectiveOn, expiredOn};
        for (int i = 0; i < RegisterForm.FIELDS.length; i++) {
            typed.put(RegisterForm.FIELDS[i], given[i] == null ? "" : given[i].strip());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Long typeId = id(typed, "type", true, problems);
        Long issuerId = id(typed, "issuer", true, problems);
        Long fieldId = id(typed, "field", false, problems);
        LocalDate issued = day(typed, "issuedOn", problems);
        LocalDate effective = day(typed, "effectiveOn", problems);
        LocalDate expired = day(typed, "expiredOn", problems);
        if (problems.isEmpty()) {
            try {
                register.record(id, new DocumentInput(typed.get("number"), typeId, issuerId, fieldId, typed.get("signer"),
                        issued, effective, expired));
                return Response.seeOther(URI.create(Saving.editPath(id, language) + "?saved=register#register")).build();
            } catch (EditRefused refused) {
                problems.put(refused.field(), refused.messageKey());
            }
        }
        form.refused(typed, problems.entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put(e.getKey(), e.getValue().startsWith("register.") ? e.getValue() : "register.error.required"),
                Map::putAll));
        saving.showForm(draft.kind(), draft, language, ArticleForm.values(draft, language, desk.formats(),
                !desk.open("documents").mayPublish()), Map.of());
        return Response.status(Response.Status.BAD_REQUEST).entity(Saving.FORM).build();
    }

    private static Long id(Map<String, String> typed, String field, boolean required, Map<String, String> problems) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            if (required) {
                problems.put(field, ArticleConstraints.REQUIRED);
            }
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            problems.put(field, ArticleConstraints.REQUIRED);
            return null;
        }
        return Long.valueOf(value);
    }

    /** A day as {@code <input type="date">} sends it; empty is none (the day of issue is checked by the register). */
    private static LocalDate day(Map<String, String> typed, String field, Map<String, String> problems) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.put(field, "register.error.date");
            return null;
        }
    }
}
