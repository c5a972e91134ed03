package vn.saola.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import vn.saola.accounts.SignedIn;
import vn.saola.editorial.MultipartForms;

/**
 * {@code POST /admin/import/wordpress/upload}: the export (part {@code wxr}) and, optionally, the
 * ZIP of {@code wp-content/uploads} (part {@code uploads}) an administrator sends from the import
 * page. Both are kept and the export read through once; the answer leads to its preview, or back to
 * the form saying why the file was refused (nothing was changed). web.xml lets only administrators in.
 */
@WebServlet("/admin/import/wordpress/upload")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = WordPressUploadServlet.MAX_REQUEST,
        maxRequestSize = WordPressUploadServlet.MAX_REQUEST)
public class WordPressUploadServlet extends HttpServlet {

    /** The servlet's own ceiling; saola.import.wxr-max-bytes and zip-max-bytes are the real limits. */
    static final long MAX_REQUEST = 4L * 1024 * 1024 * 1024;
    static final String REFUSAL = "saola.wordpress.refusal";

    @Inject
    WordPressImports imports;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedIn signedIn = (SignedIn) request.getAttribute(SignedIn.ATTRIBUTE);
        Optional<Map<String, Part>> form = MultipartForms.parts(request, response, MAX_REQUEST);
        if (form.isEmpty()) {
            return;
        }
        Map<String, Part> parts = form.get();
        try {
            if (signedIn == null || !signedIn.isAdmin()
                    || !MultipartForms.validToken(request, response, MultipartForms.text(parts.get("_csrf")))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Part wxr = parts.get("wxr");
            if (wxr == null || wxr.getSize() == 0) {
                refuse(request, response, new Rejection("wxrNoFile"));
                return;
            }
            Path export = imports.keepExport(wxr.getInputStream());
            Path zip = null;
            Part uploads = parts.get("uploads");
            if (uploads != null && uploads.getSize() > 0) {
                try {
                    zip = imports.keepUploads(uploads.getInputStream());
                } catch (WordPressImports.Refused refused) {
                    Files.deleteIfExists(export);
                    throw refused;
                }
            }
            WordPressImports.Staged staged = imports.stage(export, zip, signedIn.username());
            response.sendRedirect("/admin/import/wordpress/" + staged.key);
        } catch (WordPressImports.Refused refused) {
            refuse(request, response, refused.why);
        } catch (WxrRefused refused) {
            refuse(request, response, refused.why);
        } finally {
            for (Part part : parts.values()) {
                part.delete();
            }
        }
    }

    /** Back to the form, which says why: kept in the session for the one page that shows it. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Rejection why) throws IOException {
        request.getSession().setAttribute(REFUSAL, why.message(MultipartForms.editorsLanguage(request)));
        response.sendRedirect("/admin/import/wordpress");
    }
}
