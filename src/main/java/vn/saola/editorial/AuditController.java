package vn.saola.editorial;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditFilter;
import vn.saola.audit.AuditLog;
import vn.saola.platform.SiteSettings;

/**
 * {@code /admin/audit} (administrators): who did what when, newest first, filtered by person,
 * action and dates (days in the site's time zone, both ends included), with its CSV beside it.
 */
@Controller
@RequestScoped
@Path("admin/audit")
public class AuditController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    AuditLog audit;

    @Inject
    SiteSettings settings;

    @GET
    public Response log(@QueryParam("who") String who, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page) {
        desk.open("audit");
        Filter filter = Filter.of(who, action, from, to, settings.zone());
        int number = page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
        long total = audit.count(filter.audit());
        models.put("lines", audit.find(filter.audit(), number));
        models.put("total", total);
        models.put("page", number);
        models.put("pages", Math.max(1, (total + AuditLog.PAGE_SIZE - 1) / AuditLog.PAGE_SIZE));
        models.put("who", filter.who());
        models.put("action", filter.audit().action() == null ? "" : filter.audit().action().name());
        models.put("from", filter.fromText());
        models.put("to", filter.toText());
        models.put("actors", audit.actors());
        models.put("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        if (filter.wrongDate()) {
            models.put("dateError", desk.message("audit.error.date"));
        }
        return Response.status(filter.wrongDate() ? Response.Status.BAD_REQUEST : Response.Status.OK)
                .entity("editorial/audit.html").build();
    }

    /** The page's filters as typed, and as the log reads them; a date that is no date filters nothing and is said wrong. */
    record Filter(AuditFilter audit, String who, String fromText, String toText, boolean wrongDate) {

        static Filter of(String who, String action, String from, String to, ZoneId zone) {
            String person = who == null ? "" : who.strip();
            if (person.length() > 100) {
                person = person.substring(0, 100);
            }
            AuditAction chosen = action == null ? null : AuditAction.named(action).orElse(null);
            LocalDate first = date(from);
            LocalDate last = date(to);
            boolean wrong = (first == null && from != null && !from.isBlank()) || (last == null && to != null && !to.isBlank());
            return new Filter(new AuditFilter(person, chosen, first == null ? null : first.atStartOfDay(zone).toInstant(),
                    last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant()), person,
                    first == null ? "" : first.toString(), last == null ? "" : last.toString(), wrong);
        }

        private static LocalDate date(String text) {
            if (text == null || !text.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException wrong) {
                return null;
            }
        }
    }
}
