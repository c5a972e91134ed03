package vn.saola.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SignedIn;
import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.search.SearchIndex;

/**
 * {@code POST /api/import}: an administrator (HTTP Basic) sends NDJSON article translations;
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

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String importArticles(InputStream body) throws IOException {
        SignedIn signedIn = account.get().orElseThrow(ForbiddenException::new);
        Language language = LanguageChoice.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(Language.primary());
        long start = System.nanoTime();
        ImportReport report = importer.importLines(body, language);
        LOG.info(() -> String.format("Import by %s: %d created, %d updated, %d rejected in %.1f s",
                signedIn.username(), report.created(), report.updated(), report.rejected(),
                (System.nanoTime() - start) / 1e9));
        if (report.created() + report.updated() >= BULK) {
            searchIndex.compactAfterBulkChange();
        }
        return report.toJson().toString();
    }
}
