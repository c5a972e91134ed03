package vn.saola.editorial;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.platform.Backups;

/**
 * {@code /admin/backup}, administrators only: the backups kept in the data folder, newest first,
 * each to download, and the button that makes one now while the site runs.
 */
@Controller
@RequestScoped
@jakarta.ws.rs.Path("admin/backup")
public class BackupController {

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Backups backups;

    @Inject
    AuditLog audit;

    @GET
    public String page(@QueryParam("made") String made) throws IOException {
        desk.open("backup");
        models.put("backups", backups.list());
        models.put("made", backups.find(made).isPresent() ? made : null);
        return "editorial/backup.html";
    }

    @POST
    public Response backUp() throws IOException {
        SignedIn admin = desk.open("backup");
        Path archive = backups.create();
        audit.record(AuditRecord.of(admin.username(), AuditAction.BACKUP).withDetails(archive.getFileName().toString()));
        return Response.seeOther(URI.create("/admin/backup?made=" + archive.getFileName())).build();
    }
}
