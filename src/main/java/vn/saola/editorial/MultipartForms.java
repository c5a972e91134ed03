package vn.saola.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.web.SessionBoundCsrfTokens;

/**
 * What the upload servlets share: a multipart body does not reach Krazo's CSRF check, so they
 * compare the session's token themselves, and read short text fields and the editor's language.
 */
public final class MultipartForms {

    private static final SessionBoundCsrfTokens TOKENS = new SessionBoundCsrfTokens();

    private MultipartForms() {
    }

    /**
     * The parts of a multipart form by name, or empty when the answer was already sent: 413 for a
     * body over {@code maxRequest} bytes, 400 for a body that is not a multipart form.
     */
    public static Optional<Map<String, Part>> parts(HttpServletRequest request, HttpServletResponse response, long maxRequest)
            throws IOException {
        if (request.getContentLengthLong() > maxRequest) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return Optional.empty();
        }
        try {
            Map<String, Part> parts = new HashMap<>();
            for (Part part : request.getParts()) {
                parts.putIfAbsent(part.getName(), part);
            }
            return Optional.of(parts);
        } catch (IllegalStateException tooLarge) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } catch (ServletException notMultipart) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
        return Optional.empty();
    }

    public static boolean validToken(HttpServletRequest request, HttpServletResponse response, String sent) {
        return TOKENS.getToken(request, response, false)
                .map(expected -> MessageDigest.isEqual(expected.getValue().getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    /** A short text field's value, stripped; empty when missing or over 4,000 bytes (a title of 300 letters with their marks fits). */
    public static String text(Part part) throws IOException {
        if (part == null || part.getSize() > 4000) {
            return "";
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /** The language of the editors' pages for this request (their choice, else the browser's). */
    public static Language editorsLanguage(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
        String chosen = Arrays.stream(cookies).filter(c -> c.getName().equals(LanguageChoice.ADMIN_COOKIE))
                .map(Cookie::getValue).findFirst().orElse(null);
        return LanguageChoice.forAdmin(chosen, request.getHeader("Accept-Language"));
    }
}
