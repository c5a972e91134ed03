package vn.saola.site;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;
import vn.saola.security.SecureCookies;

/**
 * {@code GET /switch/{lang}?to=/en/…}: the language switcher's link. It remembers the explicit
 * choice in a cookie, then sends the visitor on to the page in that language. Only paths under
 * that language's prefix are accepted as destinations, so it can never redirect off the site.
 */
@Path("switch/{lang}")
public class LanguageSwitch {

    public static final int ONE_YEAR = 365 * 24 * 3600;

    @Context
    HttpServletRequest request;

    public static String href(Language target, String path) {
        return "/switch/" + target.code() + "?to=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    @GET
    public Response switchTo(@PathParam("lang") String code, @QueryParam("to") String to) {
        Language language = Language.fromCode(code).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        String destination = safeDestination(language, to).orElse(language.homePath());
        NewCookie remembered = new NewCookie.Builder(LanguageChoice.COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .secure(SecureCookies.secure(request.isSecure()))
                .build();
        return Response.seeOther(URI.create(destination)).cookie(remembered).build();
    }

    static Optional<String> safeDestination(Language language, String to) {
        if (to == null || !to.startsWith(language.homePath()) || to.length() > 1000) {
            return Optional.empty();
        }
        // Only plain path characters: no "//", backslashes, dot segments or control characters.
        if (to.contains("//") || to.contains("/../") || to.contains("/./") || !to.matches("[A-Za-z0-9/._~%?=&+-]*")) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(to);
            return uri.getHost() == null && uri.getScheme() == null ? Optional.of(to) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
