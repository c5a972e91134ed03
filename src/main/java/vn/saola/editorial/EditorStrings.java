package vn.saola.editorial;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.json.spi.JsonProvider;

import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;

/**
 * The rich-text editor's own words in the admin's language: the {@code tinymce.*} entries of the
 * {@code i18n/} bundle (keyed by TinyMCE's English text), as the JSON its {@code addI18n} takes.
 * Empty for English, which TinyMCE speaks by itself.
 */
final class EditorStrings {

    private static final String PREFIX = "tinymce.";
    private static final Map<Language, String> JSON = new EnumMap<>(Language.class);

    static {
        JsonProvider json = JsonProvider.provider();
        for (Language language : Language.values()) {
            var strings = json.createObjectBuilder();
            ResourceBundle bundle = Messages.bundle(language);
            bundle.keySet().stream().filter(key -> key.startsWith(PREFIX)).sorted()
                    .forEach(key -> strings.add(key.substring(PREFIX.length()), bundle.getString(key)));
            JSON.put(language, strings.build().toString());
        }
    }

    private EditorStrings() {
    }

    static String of(Language language) {
        return JSON.get(language);
    }
}
