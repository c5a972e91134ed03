package vn.saola.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import vn.saola.content.Menus;
import vn.saola.content.PublicContent;
import vn.saola.content.SiteIdentities;
import vn.saola.content.SiteIdentity;
import vn.saola.content.SiteMenus;
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

    @Inject
    SiteIdentities identities;

    @Inject
    Menus menus;

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
        SiteIdentity identity = identities.current();
        String siteName = identity.siteName(language);
        String pageTitle = title == null || title.isBlank() ? siteName : title + " – " + siteName;
        return new PageFrame(language, siteName, identity.text(language), identity.logo(), pageTitle, description,
                own == null ? null : base + own, alternates, xDefault, switcher(language, translations),
                content.categories(language), menus.site(language), language.homePath(), settings.formats(language),
                counters.site(language));
    }

    /** The site's name in {@code language}, as the administrators set it. */
    public String siteName(Language language) {
        return identities.current().siteName(language);
    }

    public SiteIdentity identity() {
        return identities.current();
    }

    /** A frame that needs nothing from the database, for error pages when the database is what failed. */
    public PageFrame bareFrame(Language language, String title, String description) {
        SiteIdentity.Text identity = identityIfReadable(language);
        return new PageFrame(language, identity.siteName(), identity, null, title + " – " + identity.siteName(), description,
                null, List.of(), null, switcher(language, Map.of()), List.of(), SiteMenus.NONE, language.homePath(),
                settings.formats(language), null);
    }

    /** The frame of a page that exists in both languages at the same place, like the home page. */
    public PageFrame frameOfHome(Language language, String description, UriInfo uri) {
        return frame(language, null, description,
                Map.of(Language.VI, Language.VI.homePath(), Language.EN, Language.EN.homePath()), uri);
    }

    /** The identity as kept in memory or read now; the settings file's name when the database cannot say. */
    private SiteIdentity.Text identityIfReadable(Language language) {
        try {
            return identities.current().text(language);
        } catch (RuntimeException databaseDown) {
            return SiteIdentity.Text.named(settings.name(language));
        }
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
