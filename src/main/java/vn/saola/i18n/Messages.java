package vn.saola.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words from {@code i18n/messages_<lang>.properties} (UTF-8), for the few places outside
 * the views that speak to a person: error pages, JSON errors, log-free messages.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** Loaded once: a lookup per message would search the class path on every page render. */
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            // Only our own files: without the no-fallback control a missing English key would
            // silently come from the JVM's default locale's bundle.
            BUNDLES.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public static ResourceBundle bundle(Language language) {
        return BUNDLES.get(language);
    }

    public static String get(Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
