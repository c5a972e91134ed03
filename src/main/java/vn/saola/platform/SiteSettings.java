package vn.saola.platform;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.i18n.Formats;
import vn.saola.i18n.Language;

/** Settings about the site as a whole: its name per language, its time zone, its public address. */
@ApplicationScoped
public class SiteSettings {

    @Inject
    @ConfigProperty(name = "saola.site.name.vi")
    String nameVi;

    @Inject
    @ConfigProperty(name = "saola.site.name.en")
    String nameEn;

    @Inject
    @ConfigProperty(name = "saola.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String timezone;

    private final Map<Language, Formats> formats = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "saola.site.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "saola.page-size", defaultValue = "10")
    int pageSize;

    @Inject
    @ConfigProperty(name = "saola.share.zalo-oa-id")
    Optional<String> zaloOfficialAccount;

    public String name(Language language) {
        return language == Language.VI ? nameVi : nameEn;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public Formats formats(Language language) {
        // Made once: every kept page's answer asks for them (its counters), and they never change.
        return formats.computeIfAbsent(language, each -> new Formats(each, zone()));
    }

    /** The configured public address without a trailing slash, or empty when it follows each request. */
    public String publicUrl() {
        String url = publicUrl.orElse("").strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The portal's Zalo Official Account, given to Zalo's share button when a reader asks for it; empty if none. */
    public String zaloOfficialAccount() {
        return zaloOfficialAccount.orElse("").strip();
    }

    public int pageSize() {
        return pageSize;
    }
}
