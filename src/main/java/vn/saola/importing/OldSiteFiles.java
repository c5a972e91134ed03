package vn.saola.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.media.FileStore;
import vn.saola.media.UploadRefused;

/**
 * The files of an old site's register, as an import names them — fetched from their addresses, or
 * read inside the ZIP sent with the lines — and stored as uploads are (recognised by content, limited
 * in size, which also bounds what a ZIP bomb can inflate to). Redirects are followed; a slow or silent
 * server is given up after {@code saola.import.file-seconds}. Paths in the ZIP are only looked up,
 * never written out, so {@code ../} in them reaches nothing.
 */
@ApplicationScoped
public class OldSiteFiles {

    @Inject
    FileStore files;

    @Inject
    @ConfigProperty(name = "saola.import.file-seconds", defaultValue = "60")
    int seconds;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(15))
            .build();

    /** Why a file could not be had: said in the import's report ({@code import.error.*}). */
    static final class NotFetched extends Exception {
        final transient Rejection why;

        NotFetched(Rejection why) {
            super(why.key(), null, false, false);
            this.why = why;
        }
    }

    FileStore.Stored fetch(DocumentLine.FileLine file, ZipFile zip) throws NotFetched {
        if (file.url() != null) {
            return fetch(file.url());
        }
        if (zip == null) {
            throw new NotFetched(new Rejection("filePathWithoutZip", file.path()));
        }
        String path = file.path().replace('\\', '/').replaceFirst("^(\\./|/)+", "");
        ZipEntry entry = zip.getEntry(path);
        if (entry == null || entry.isDirectory()) {
            throw new NotFetched(new Rejection("fileNotInZip", file.path()));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return files.store(in, path.substring(path.lastIndexOf('/') + 1));
        } catch (UploadRefused refused) {
            throw refusal(refused, file.path());
        } catch (IOException | RuntimeException e) {
            throw new NotFetched(new Rejection("fileNotFetched", file.path(), e.getClass().getSimpleName()));
        }
    }

    private FileStore.Stored fetch(URI url) throws NotFetched {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(seconds)).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new NotFetched(new Rejection("fileNotFetched", url.toString(), "HTTP " + response.statusCode()));
                }
                return files.store(body, name(url));
            }
        } catch (UploadRefused refused) {
            throw refusal(refused, url.toString());
        } catch (IOException | IllegalArgumentException e) {
            throw new NotFetched(new Rejection("fileNotFetched", url.toString(), e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotFetched(new Rejection("fileNotFetched", url.toString(), "interrupted"));
        }
    }

    /** attachment.error.type, .size, .missing: import.error.fileType, fileSize, fileMissing. */
    private NotFetched refusal(UploadRefused refused, String where) {
        String reason = refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1);
        return new NotFetched(new Rejection("file" + Character.toUpperCase(reason.charAt(0)) + reason.substring(1),
                where, files.maxSize()));
    }

    /** The file's name as the old site served it: the last segment of its address. */
    private static String name(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
