package vn.saola.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;

/**
 * The language of a page is the first segment of its path ({@code /vi/…}, {@code /en/…}).
 * Pages outside a language prefix (the admin, error pages for unknown prefixes) follow the
 * browser's {@code Accept-Language}, else Vietnamese.
 */
@ApplicationScoped
@Priority(100)
public class PathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(LocaleResolverContext context) {
        return languageOf(context.getUriInfo().getPathSegments(),
                context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale();
    }

    static Language languageOf(List<PathSegment> segments, String acceptLanguage) {
        if (!segments.isEmpty()) {
            var prefixed = Language.fromCode(segments.get(0).getPath());
            if (prefixed.isPresent()) {
                return prefixed.get();
            }
        }
        return LanguageChoice.fromAcceptLanguage(acceptLanguage).orElse(Language.primary());
    }
}
