package vn.saola.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two names are the same name — a category's, a user's — wherever they are compared: the
 * editors' forms, the import, sign-in. "Tin tức", "TIN TỨC", "tin  tức " and the same words typed
 * with decomposed diacritics (as some Vietnamese keyboards send them) are one name; "Tin tuc" is
 * another, since the marks change the word.
 */
public final class NameRule {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameRule() {
    }

    /** The name as it is kept and shown: composed (NFC), without white space around it. */
    public static String clean(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /** What names are compared by: clean, spaces between words made one, lower case. */
    public static String key(String name) {
        String lower = SPACES.matcher(clean(name)).replaceAll(" ").toLowerCase(VIETNAMESE);
        // Lower-casing a composed letter can leave it decomposed in rare cases: compose again.
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    public static boolean same(String one, String other) {
        return key(one).equals(key(other));
    }
}
