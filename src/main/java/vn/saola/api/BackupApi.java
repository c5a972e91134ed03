package vn.saola.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SaolaAuthentication;
import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.platform.Backups;

/**
 * {@code POST /api/backup}, administrators only: makes a backup of the whole site now (database,
 * uploads, settings; it is also kept in the data folder's {@code backups/}) and answers with it,
 * named by its date: {@code curl -X POST -OJ -H "Authorization: Bearer …" …/api/backup}.
 */
@jakarta.ws.rs.Path("api/backup")
public class BackupApi {

    @Inject
    CurrentAccount account;

    @Inject
    Backups backups;

    @Inject
    AuditLog audit;

    @POST
    @Produces("application/zip")
    public Response backUp() throws IOException {
        SignedIn signedIn = account.get().orElseThrow(() -> new NotAuthorizedException(SaolaAuthentication.CHALLENGE));
        if (!signedIn.isAdmin()) {
            throw new ForbiddenException();
        }
        Path archive = backups.create();
        audit.record(AuditRecord.of(signedIn.username(), AuditAction.BACKUP).withDetails(archive.getFileName().toString()));
        StreamingOutput body = out -> Files.copy(archive, out);
        return Response.ok(body, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + archive.getFileName() + "\"")
                .header(HttpHeaders.CONTENT_LENGTH, Files.size(archive)).build();
    }
}
