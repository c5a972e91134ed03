package vn.saola.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.Json;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.i18n.Messages;
import vn.saola.search.SearchIndex;

/**
 * {@code POST /api/import}: an administrator (HTTP Basic) sends NDJSON article translations (with,
 * as {@code multipart/form-data}, a ZIP of the files document lines name by path);
 * the answer counts what was created, updated and rejected, with the reason for each rejection
 * in the language of {@code Accept-Language}.
 */
@Path("api/import")
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";
    /** An import this large leaves the index in many small segments worth merging. */
    static final int BULK = 5_000;
    private static final Logger LOG = Logger.getLogger(ImportResource.class.getName());

    @Inject
    CurrentAccount account;

    @Inject
    ArticleImporter importer;

    @Inject
    SearchIndex searchIndex;

    @Inject
    AuditLog audit;

    @Context
    HttpHeaders headers;

    @Inject
    @ConfigProperty(name = "saola.import.zip-max-bytes", defaultValue = "2147483648")
    long maxZipBytes;

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String importArticles(InputStream body) throws IOException {
        return importLines(body, null);
    }

    /**
     * The lines (part {@code lines}) with a ZIP of the files they name by {@code path} (part
     * {@code files}), as {@code multipart/form-data}. The ZIP is kept in a temporary file while the
     * lines are read, within {@code saola.import.zip-max-bytes}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public String importWithFiles(List<EntityPart> parts) throws IOException {
        account.get().orElseThrow(ForbiddenException::new);
        EntityPart lines = part(parts, "lines").orElseThrow(() -> refused("import.error.noLinesPart"));
        Optional<EntityPart> files = part(parts, "files");
        if (files.isEmpty()) {
            return importLines(lines.getContent(), null);
        }
        java.nio.file.Path copy = Files.createTempFile("saola-import", ".zip");
        try {
            try (InputStream in = files.get().getContent(); OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int read; (read = in.read(buffer)) > 0; ) {
                    size += read;
                    if (size > maxZipBytes) {
                        throw refused("import.error.zipTooLarge", maxZipBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                return importLines(lines.getContent(), zip);
            } catch (ZipException notAZip) {
                throw refused("import.error.notAZip");
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /** A request the import cannot read at all: 400, with the reason in the client's language. */
    private BadRequestException refused(String key, Object... args) {
        String reason = Messages.get(language(), key, args);
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("status", 400).add("error", reason).build().toString()).build());
    }

    private Language language() {
        return LanguageChoice.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(Language.primary());
    }

    private String importLines(InputStream body, ZipFile zip) throws IOException {
        SignedIn signedIn = account.get().orElseThrow(ForbiddenException::new);
        Language language = language();
        long start = System.nanoTime();
        ImportReport report = importer.importLines(body, language, zip);
        LOG.info(() -> String.format("Import by %s: %d created, %d updated, %d rejected in %.1f s",
                signedIn.username(), report.created(), report.updated(), report.rejected(),
                (System.nanoTime() - start) / 1e9));
        audit.record(AuditRecord.of(signedIn.username(), AuditAction.IMPORT).withDetails(String.format(
                "%d created, %d updated, %d rejected", report.created(), report.updated(), report.rejected())));
        if (report.created() + report.updated() >= BULK) {
            searchIndex.compactAfterBulkChange();
        }
        return report.toJson().toString();
    }
}
