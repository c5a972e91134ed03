package vn.saola.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SignedIn;
import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;

/**
 * {@code POST /api/import/wordpress}, administrators only: a WordPress export (WXR) as the body
 * ({@code application/xml}), or as {@code multipart/form-data} with the part {@code wxr}, an optional
 * ZIP of {@code wp-content/uploads} (part {@code uploads}) and an optional map of WordPress logins to
 * bylines (part {@code authors}, a JSON object). Answers with the report:
 * {@code {"created", "updated", "skipped": [{"item", "reason"}], "redirects"}}, reasons in the
 * language of {@code Accept-Language}. A file that is not a readable export is refused (400) and
 * changes nothing.
 */
@Path("api/import/wordpress")
public class WordPressImportResource {

    @Inject
    CurrentAccount account;

    @Inject
    WordPressImports imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/rss+xml"})
    @Produces(MediaType.APPLICATION_JSON)
    public String importExport(InputStream body) throws IOException {
        SignedIn admin = administrator();
        return run(keep(() -> imports.keepExport(body)), null, Map.of(), admin);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public String importWithUploads(List<EntityPart> parts) throws IOException {
        SignedIn admin = administrator();
        EntityPart wxr = part(parts, "wxr").orElseThrow(() -> refused(new Rejection("wxrNoPart")));
        Map<String, String> bylines = bylines(part(parts, "authors"));
        java.nio.file.Path export = keep(() -> imports.keepExport(wxr.getContent()));
        Optional<EntityPart> uploads = part(parts, "uploads");
        java.nio.file.Path zip = null;
        if (uploads.isPresent()) {
            try {
                zip = imports.keepUploads(uploads.get().getContent());
            } catch (WordPressImports.Refused refusal) {
                java.nio.file.Files.deleteIfExists(export);
                throw refused(refusal.why);
            }
        }
        return run(export, zip, bylines, admin);
    }

    private String run(java.nio.file.Path export, java.nio.file.Path zip, Map<String, String> bylines, SignedIn admin)
            throws IOException {
        try {
            WordPressImports.Staged staged = imports.stage(export, zip, admin.username());
            return imports.importNow(staged, bylines, language()).toJson().toString();
        } catch (WxrRefused refusal) {
            throw refused(refusal.why);
        }
    }

    private interface Keeping {
        java.nio.file.Path keep() throws IOException, WordPressImports.Refused;
    }

    private java.nio.file.Path keep(Keeping keeping) throws IOException {
        try {
            return keeping.keep();
        } catch (WordPressImports.Refused refusal) {
            throw refused(refusal.why);
        }
    }

    private SignedIn administrator() {
        SignedIn signedIn = account.get().orElseThrow(ForbiddenException::new);
        if (!signedIn.isAdmin()) {
            throw new ForbiddenException();
        }
        return signedIn;
    }

    private Map<String, String> bylines(Optional<EntityPart> part) throws IOException {
        if (part.isEmpty()) {
            return Map.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(part.get().getContent(String.class)))) {
            JsonObject object = reader.readObject();
            Map<String, String> bylines = new HashMap<>();
            object.forEach((login, byline) -> {
                if (byline instanceof JsonString text && !text.getString().isBlank()) {
                    bylines.put(login, text.getString().strip());
                }
            });
            return bylines;
        } catch (JsonException | IllegalStateException | ClassCastException notAMap) {
            throw refused(new Rejection("wxrBadAuthors"));
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private BadRequestException refused(Rejection why) {
        String reason = why.message(language());
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("status", 400).add("error", reason).build().toString()).build());
    }

    private Language language() {
        return LanguageChoice.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(Language.primary());
    }
}
