package vn.saola.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import vn.saola.accounts.SignedIn;
import vn.saola.audit.AuditAction;
import vn.saola.audit.AuditLog;
import vn.saola.audit.AuditRecord;
import vn.saola.content.AttachedFile;
import vn.saola.content.ArticleEditing;
import vn.saola.content.Attachments;
import vn.saola.content.EditRefused;
import vn.saola.i18n.Language;
import vn.saola.media.FileStore;
import vn.saola.media.UploadRefused;

/**
 * {@code POST /admin/attachments}: a document (PDF, Office, OpenDocument, ZIP) attached to an
 * article or a page from its form, with its title in the form's language. The answer is a redirect
 * back to the form, saying what happened there. Or (with {@code replace=<address>}, from the
 * library) a new file in the place of a stored one. Checks the session's token and the article or
 * file before storing anything (web.xml lets only editors reach {@code /admin/*}).
 */
@WebServlet("/admin/attachments")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = AttachmentUploadServlet.MAX_REQUEST,
        maxRequestSize = AttachmentUploadServlet.MAX_REQUEST)
public class AttachmentUploadServlet extends HttpServlet {

    /** Beyond any document worth attaching: refused before it is read (saola.attachments.max-bytes is the real limit). */
    static final long MAX_REQUEST = 64L * 1024 * 1024;

    @Inject
    FileStore files;

    @Inject
    Attachments attachments;

    @Inject
    ArticleEditing editing;

    @Inject
    AttachmentTexts texts;

    @Inject
    AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        SignedIn signedIn = (SignedIn) request.getAttribute(SignedIn.ATTRIBUTE);
        Optional<Map<String, Part>> form = MultipartForms.parts(request, response, MAX_REQUEST);
        if (form.isEmpty()) {
            return;
        }
        Map<String, Part> parts = form.get();
        Part file = parts.get("file");
        String token = MultipartForms.text(parts.get("_csrf"));
        String article = MultipartForms.text(parts.get("article"));
        String language = MultipartForms.text(parts.get("lang"));
        String title = MultipartForms.text(parts.get("title"));
        String replaced = MultipartForms.text(parts.get("replace"));
        try {
            if (!MultipartForms.validToken(request, response, token)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (!replaced.isEmpty()) {
                replace(response, file, replaced, signedIn);
                return;
            }
            if (!article.matches("[0-9]{1,18}") || editing.draft(Long.parseLong(article)).isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (!Desk.mayChangeShared(signedIn, editing.draft(Long.parseLong(article)).orElseThrow())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            long id = Long.parseLong(article);
            Language back = Language.fromCode(language).orElse(Language.primary());
            String edit = "/admin/articles/" + id + "/" + back.code();
            if (file == null || file.getSize() == 0) {
                response.sendRedirect(edit + "?attachment=attachment.error.missing#attachments");
                return;
            }
            try (InputStream in = file.getInputStream()) {
                FileStore.Stored stored = files.store(in, file.getSubmittedFileName());
                long attachment = attachments.attach(id, new AttachedFile(stored.address(), stored.name(),
                        stored.type().mediaType(), stored.size()), back, title, signedIn.username());
                texts.readLater(new Attachments.AwaitingText(id, attachment, stored.address()));
                response.sendRedirect(edit + "?saved=attachment#attachments");
            } catch (UploadRefused refused) {
                refusal(response, edit, refused.messageKey());
            } catch (EditRefused refused) {
                refusal(response, edit, refused.messageKey());
            }
        } finally {
            if (file != null) {
                file.delete();
            }
        }
    }

    /**
     * A new file in the place of a stored document ({@code oldAddress}), from the library: every
     * article and page listing it lists the new one, under the same titles, and its text is read
     * again; the old address leads to the new one. The answer is a redirect back to the library.
     */
    private void replace(HttpServletResponse response, Part file, String oldAddress, SignedIn by) throws IOException {
        if (!by.mayPublish()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (attachments.inLibrary(oldAddress).isEmpty()) {
            response.sendRedirect("/admin/media?done=fileGone#documents");
            return;
        }
        if (file == null || file.getSize() == 0) {
            response.sendRedirect("/admin/media?replace=attachment.error.missing#documents");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            FileStore.Stored stored = files.store(in, file.getSubmittedFileName());
            List<Attachments.AwaitingText> toRead = attachments.replaceFile(oldAddress, new AttachedFile(stored.address(),
                    stored.name(), stored.type().mediaType(), stored.size()), by.username());
            files.replaced(oldAddress, stored.address());
            audit.record(new AuditRecord(by.username(), AuditAction.FILE_REPLACED, null, stored.name(),
                    oldAddress + " → " + stored.address() + " (" + toRead.size() + ")"));
            toRead.forEach(texts::readLater);
            response.sendRedirect("/admin/media?done=fileReplaced#documents");
        } catch (UploadRefused refused) {
            response.sendRedirect("/admin/media?replace=" + URLEncoder.encode(refused.messageKey(), StandardCharsets.UTF_8)
                    + "#documents");
        }
    }

    /** Back to the form, which says why beside the file field. */
    private static void refusal(HttpServletResponse response, String edit, String messageKey) throws IOException {
        response.sendRedirect(edit + "?attachment=" + URLEncoder.encode(messageKey, StandardCharsets.UTF_8) + "#attachments");
    }
}
