package vn.saola.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.content.ContentExport;
import vn.saola.content.ExportedTranslation;
import vn.saola.media.FileStore;
import vn.saola.platform.SiteSettings;

/**
 * {@code /admin/export}, for administrators: the whole content as lines of the import format.
 * {@code content.ndjson} names each document's files by their address on this site (an import
 * fetches them from there); {@code content.zip} holds the same lines ({@code content.ndjson}) and
 * the files themselves, named by path — send it to {@code /api/import} as both parts, {@code lines}
 * and {@code files}. Both are written as they are read, whatever the site's size.
 */
@Path("admin/export")
public class ExportResource {

    @Inject
    ContentExport export;

    @Inject
    FileStore files;

    @Inject
    SiteSettings settings;

    @Inject
    CurrentAccount account;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uri;

    @GET
    @Path("content.ndjson")
    @Produces(ImportResource.NDJSON)
    public Response lines() {
        SignedIn signedIn = account.get().orElseThrow(ForbiddenException::new);
        String base = baseUrl();
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.each(line -> write(writer, ExportLines.line(line, file -> new String[] {"url", base + file.address()})));
            writer.flush();
        };
        audit.record(AuditRecord.of(signedIn.username(), AuditAction.EXPORT).withDetails(ExportLines.LINES_ENTRY));
        return download(body, "ndjson");
    }

    @GET
    @Path("content.zip")
    @Produces("application/zip")
    public Response zip() {
        SignedIn signedIn = account.get().orElseThrow(ForbiddenException::new);
        StreamingOutput body = out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(ExportLines.LINES_ENTRY));
            Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            // The files after the lines: a ZIP is written entry by entry, and each file once, however many lines list it.
            Map<String, String> named = new LinkedHashMap<>();
            export.each(line -> write(writer, ExportLines.line(line, file -> {
                String path = ExportLines.zipPath(file);
                named.putIfAbsent(path, file.address());
                return new String[] {"path", path};
            })));
            writer.flush();
            zip.closeEntry();
            for (Map.Entry<String, String> file : named.entrySet()) {
                FileStore.Found found = files.atAddress(file.getValue()).orElse(null);
                if (found != null) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    Files.copy(found.file(), zip);
                    zip.closeEntry();
                }
            }
            zip.finish();
        };
        audit.record(AuditRecord.of(signedIn.username(), AuditAction.EXPORT).withDetails("content.zip"));
        return download(body, "zip");
    }

    private static void write(Writer writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response download(StreamingOutput body, String extension) {
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"saola-" + LocalDate.now(settings.zone()) + "." + extension + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private String baseUrl() {
        String configured = settings.publicUrl();
        String base = configured.isEmpty() ? uri.getBaseUri().toString() : configured;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
