package vn.saola.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a visitor who opens {@code /} gets: the one they chose before (cookie), else the
 * best match of their browser's {@code Accept-Language}, else Vietnamese.
 */
public final class LanguageChoice {

    public static final String COOKIE = "saola_lang";
    /** The language an editor chose for the admin's own words, apart from the public site's. */
    public static final String ADMIN_COOKIE = "saola_admin_lang";

    private LanguageChoice() {
    }

    /** What the choice was made from, so the redirect can say {@code Vary} honestly. */
    public enum Source { COOKIE, ACCEPT_LANGUAGE, DEFAULT }

    public record Choice(Language language, Source source) {
    }

    public static Choice choose(String cookieValue, String acceptLanguage) {
        Optional<Language> remembered = Language.fromCode(cookieValue == null ? "" : cookieValue.trim());
        if (remembered.isPresent()) {
            return new Choice(remembered.get(), Source.COOKIE);
        }
        return fromAcceptLanguage(acceptLanguage)
                .map(l -> new Choice(l, Source.ACCEPT_LANGUAGE))
                .orElse(new Choice(Language.primary(), Source.DEFAULT));
    }

    /** The admin's language: the editor's choice, else the browser's, else Vietnamese. */
    public static Language forAdmin(String adminCookieValue, String acceptLanguage) {
        return choose(adminCookieValue, acceptLanguage).language();
    }

    /** The highest-weighted language of the header that Saola publishes in; a malformed header counts as absent. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primaryTag = range.getRange().split("-", 2)[0];
            Optional<Language> match = Language.fromCode(primaryTag);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
