package vn.saola.i18n;

import java.text.MessageFormat;
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

    public static ResourceBundle bundle(Language language) {
        // Only our own files: without the no-fallback control a missing key in English would
        // silently come from the JVM's default locale's bundle.
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
