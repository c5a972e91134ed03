package vn.saola.editorial;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import vn.saola.audit.AuditCsv;
import vn.saola.audit.AuditLog;
import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/**
 * {@code /admin/audit/export.csv} (administrators), with the page's filters: the lines as a
 * spreadsheet, actions named in the admin's language. A plain resource: its answer is a file.
 */
@Path("admin/audit/export.csv")
public class AuditExport {

    @Inject
    AuditLog audit;

    @Inject
    SiteSettings settings;

    @Context
    HttpHeaders headers;

    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("who") String who, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        var chosen = headers.getCookies().get(LanguageChoice.ADMIN_COOKIE);
        Language language = Language.fromCode(LanguageChoice.forAdmin(chosen == null ? null : chosen.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale().getLanguage()).orElse(Language.primary());
        AuditController.Filter filter = AuditController.Filter.of(who, action, from, to, settings.zone());
        if (filter.wrongDate()) {
            return Response.status(Response.Status.BAD_REQUEST).type("text/plain; charset=UTF-8")
                    .entity(Messages.get(language, "audit.error.date")).build();
        }
        AuditCsv csv = new AuditCsv(Messages.get(language, "audit.csv.header"), settings.zone());
        audit.each(filter.audit(), line -> csv.add(line, Messages.get(language, "audit.action." + line.action().name())));
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"saola-audit.csv\"").build();
    }
}
