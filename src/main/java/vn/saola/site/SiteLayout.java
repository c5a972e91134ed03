package vn.saola.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.PublicContent;
import vn.saola.i18n.Language;
import vn.saola.platform.SiteSettings;

/** Builds the {@link PageFrame} of a public page from what the page knows: its language and its translations. */
@ApplicationScoped
public class SiteLayout {

    @Inject
    PublicContent content;

    @Inject
    SiteSettings settings;

    @Inject
    PageCounters counters;

    /**
     * @param translations the address of this page in each language it exists in (its own included)
     */
    public PageFrame frame(Language language, String title, String description, Map<Language, String> translations,
            UriInfo uri) {
        String base = baseUrl(uri);
        List<PageFrame.Alternate> alternates = new ArrayList<>();
        for (Language l : Language.values()) {
            String path = translations.get(l);
            if (path != null) {
                alternates.add(new PageFrame.Alternate(l.code(), base + path));
            }
        }
        String xDefault = translations.containsKey(Language.primary())
                ? base + translations.get(Language.primary())
                : alternates.isEmpty() ? null : alternates.get(0).url();
        String own = translations.get(language);
        String pageTitle = title == null || title.isBlank()
                ? settings.name(language)
                : title + " – " + settings.name(language);
        return new PageFrame(language, settings.name(language), pageTitle, description,
                own == null ? null : base + own, alternates, xDefault, switcher(language, translations),
                content.categories(language), language.homePath(), settings.formats(language), counters.site(language));
    }

    /** A frame that needs nothing from the database, for error pages when the database is what failed. */
    public PageFrame bareFrame(Language language, String title, String description) {
        return new PageFrame(language, settings.name(language), title + " – " + settings.name(language), description,
                null, List.of(), null, switcher(language, Map.of()), List.of(), language.homePath(),
                settings.formats(language), null);
    }

    /** The frame of a page that exists in both languages at the same place, like the home page. */
    public PageFrame frameOfHome(Language language, String description, UriInfo uri) {
        return frame(language, null, description,
                Map.of(Language.VI, Language.VI.homePath(), Language.EN, Language.EN.homePath()), uri);
    }

    private static PageFrame.Switcher switcher(Language language, Map<Language, String> translations) {
        Language target = language.other();
        String there = translations.get(target);
        boolean translated = there != null;
        return new PageFrame.Switcher(target, LanguageSwitch.href(target, translated ? there : target.homePath()),
                translated);
    }

    /** The site's public address without a trailing slash: the configured one, else this request's. */
    public String baseUrl(UriInfo uri) {
        String configured = settings.publicUrl();
        if (!configured.isEmpty()) {
            return configured;
        }
        String requestBase = uri.getBaseUri().toString();
        return requestBase.endsWith("/") ? requestBase.substring(0, requestBase.length() - 1) : requestBase;
    }
}
