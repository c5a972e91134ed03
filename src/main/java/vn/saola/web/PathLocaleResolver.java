package vn.saola.web;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;

import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;

/**
 * The language of a page is the first segment of its path ({@code /vi/…}, {@code /en/…}).
 * Pages outside a language prefix (the admin, error pages for unknown prefixes) follow the
 * editor's choice for the admin, else the browser's {@code Accept-Language}, else Vietnamese.
 */
@ApplicationScoped
@Priority(100)
public class PathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(LocaleResolverContext context) {
        Cookie chosen = context.getCookie(LanguageChoice.ADMIN_COOKIE);
        return languageOf(context.getUriInfo().getPathSegments(), chosen == null ? null : chosen.getValue(),
                context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale();
    }

    static Language languageOf(List<PathSegment> segments, String adminChoice, String acceptLanguage) {
        // An editor's preview of a public page speaks the page's language: /admin/preview/{lang}/…
        if (segments.size() > 2 && segments.get(0).getPath().equals("admin") && segments.get(1).getPath().equals("preview")) {
            var previewed = Language.fromCode(segments.get(2).getPath());
            if (previewed.isPresent()) {
                return previewed.get();
            }
        }
        if (!segments.isEmpty()) {
            var prefixed = Language.fromCode(segments.get(0).getPath());
            if (prefixed.isPresent()) {
                return prefixed.get();
            }
        }
        return LanguageChoice.forAdmin(adminChoice, acceptLanguage);
    }
}
