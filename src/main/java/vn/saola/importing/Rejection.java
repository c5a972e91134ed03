package vn.saola.importing;

import java.util.Arrays;
import java.util.List;

import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;

/** Why an import line was not imported, as a message key of the {@code import.error.*} family and its values. */
public record Rejection(String key, List<Object> args) {

    public Rejection(String key, Object... args) {
        this(key, Arrays.asList(args));
    }

    public String message(Language language) {
        return Messages.get(language, "import.error." + key, args.toArray());
    }
}
