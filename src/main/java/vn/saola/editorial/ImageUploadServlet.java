package vn.saola.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import vn.saola.accounts.SignedIn;
import vn.saola.content.ArticleEditing;
import vn.saola.content.SiteIdentities;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.content.ImageUses;
import vn.saola.media.ImageLibrary;
import vn.saola.media.UploadRefused;

/**
 * {@code POST /admin/images}: an article's featured image, sent as {@code multipart/form-data}
 * from the article form, or (with {@code editor=1}) an image the rich-text editor puts in a body,
 * or (with {@code logo=1}, administrators only) the site's logo, or (with {@code library=1}) an
 * image for the library alone, or (with {@code replace=<id>}) a new file for a library's image.
 * Every upload joins the library. A servlet, because a multipart body does not reach Krazo's CSRF check;
 * this one checks the session's token itself, and the editor's role, before reading any file.
 */
@WebServlet("/admin/images")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = ImageUploadServlet.MAX_REQUEST,
        maxRequestSize = ImageUploadServlet.MAX_REQUEST)
public class ImageUploadServlet extends HttpServlet {

    /** Beyond any image worth keeping: refused before it is read (saola.uploads.max-bytes is the real limit). */
    static final long MAX_REQUEST = 64L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImageUploadServlet.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ImageLibrary images;

    @Inject
    ImageUses uses;

    @Inject
    ArticleEditing editing;

    @Inject
    SiteIdentities identities;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        // Only editors reach here (web.xml's constraint on /admin/*); the CSRF token is this servlet's own check.
        SignedIn signedIn = (SignedIn) request.getAttribute(SignedIn.ATTRIBUTE);
        Optional<Map<String, Part>> form = MultipartForms.parts(request, response, MAX_REQUEST);
        if (form.isEmpty()) {
            return;
        }
        Map<String, Part> parts = form.get();
        Part token = parts.get("_csrf");
        Part article = parts.get("article");
        Part language = parts.get("lang");
        Part file = parts.get("image");
        Part forEditor = parts.get("editor");
        Part logo = parts.get("logo");
        String replaced = MultipartForms.text(parts.get("replace"));
        if (!MultipartForms.validToken(request, response, MultipartForms.text(token))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            if ("1".equals(MultipartForms.text(forEditor))) {
                bodyImage(request, response, file, signedIn);
            } else if ("1".equals(MultipartForms.text(logo))) {
                logo(response, file, signedIn);
            } else if ("1".equals(MultipartForms.text(parts.get("library")))) {
                intoLibrary(response, file, signedIn);
            } else if (!replaced.isEmpty()) {
                replace(response, file, replaced, signedIn);
            } else {
                featuredImage(response, file, MultipartForms.text(article), MultipartForms.text(language), signedIn);
            }
        } finally {
            if (file != null) {
                file.delete();
            }
        }
    }

    /** The featured image of an article; the answer is a redirect back to the article's form. */
    private void featuredImage(HttpServletResponse response, Part file, String id, String language, SignedIn by)
            throws IOException {
        if (!id.matches("[0-9]{1,18}") || editing.draft(Long.parseLong(id)).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!Desk.mayChangeShared(by, editing.draft(Long.parseLong(id)).orElseThrow())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Language back = Language.fromCode(language).orElse(Language.primary());
        String edit = "/admin/articles/" + id + "/" + back.code();
        if (file == null || file.getSize() == 0) {
            response.sendRedirect(edit + "?image=upload.error.missing#featured-image");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String path = images.upload(in, file.getSubmittedFileName(), by.username()).address();
            editing.setFeaturedImage(Long.parseLong(id), path);
            LOG.info(() -> "Featured image " + path + " set on article " + id + " by " + by.username());
            response.sendRedirect(edit + "?saved=image");
        } catch (UploadRefused refused) {
            response.sendRedirect(edit + "?image=" + refused.messageKey() + "#featured-image");
        }
    }

    /** The site's logo, for administrators only; the answer is a redirect back to the settings page. */
    private void logo(HttpServletResponse response, Part file, SignedIn by) throws IOException {
        if (!by.isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file == null || file.getSize() == 0) {
            response.sendRedirect("/admin/settings?logo=upload.error.missing#logo");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String path = images.upload(in, file.getSubmittedFileName(), by.username()).address();
            identities.setLogo(path, by.username());
            response.sendRedirect("/admin/settings?done=logo");
        } catch (UploadRefused refused) {
            response.sendRedirect("/admin/settings?logo=" + refused.messageKey() + "#logo");
        }
    }

    /** An image for the library alone, uploaded from {@code /admin/media}; the answer is a redirect to it. */
    private void intoLibrary(HttpServletResponse response, Part file, SignedIn by) throws IOException {
        if (file == null || file.getSize() == 0) {
            response.sendRedirect("/admin/media?upload=upload.error.missing#upload");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            long id = images.upload(in, file.getSubmittedFileName(), by.username()).id();
            response.sendRedirect("/admin/media/images/" + id + "?done=uploaded");
        } catch (UploadRefused refused) {
            response.sendRedirect("/admin/media?upload=" + refused.messageKey() + "#upload");
        }
    }

    /**
     * A new file for the library's image {@code id}: every article, page and the logo that showed it
     * show the new one, and the old address redirects there.
     */
    private void replace(HttpServletResponse response, Part file, String id, SignedIn by) throws IOException {
        if (!by.mayPublish()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!id.matches("[0-9]{1,18}") || images.image(Long.parseLong(id)).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String page = "/admin/media/images/" + id;
        if (file == null || file.getSize() == 0) {
            response.sendRedirect(page + "?replace=upload.error.missing#replace");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ImageLibrary.Replacement done = images.replace(Long.parseLong(id), in, file.getSubmittedFileName(), by.username());
            uses.replace(done.oldKey(), done.newAddress(), by.username());
            response.sendRedirect(page + "?done=replaced");
        } catch (UploadRefused refused) {
            response.sendRedirect(page + "?replace=" + refused.messageKey() + "#replace");
        }
    }

    /**
     * An image for an article's body, sent by the rich-text editor: the answer is JSON,
     * {@code {"location": "/uploads/…"}}, or {@code {"error": "…"}} in the editor's language.
     */
    private void bodyImage(HttpServletRequest request, HttpServletResponse response, Part file, SignedIn by)
            throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        String problem = "upload.error.missing";
        if (file != null && file.getSize() > 0) {
            try (InputStream in = file.getInputStream()) {
                String path = images.upload(in, file.getSubmittedFileName(), by.username()).address();
                LOG.info(() -> "Body image " + path + " uploaded by " + by.username());
                response.getWriter().write(JSON.createObjectBuilder().add("location", path).build().toString());
                return;
            } catch (UploadRefused refused) {
                problem = refused.messageKey();
            }
        }
        Language language = MultipartForms.editorsLanguage(request);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.getWriter().write(JSON.createObjectBuilder()
                .add("error", Messages.get(language, problem, images.maxSize())).build().toString());
    }
}
