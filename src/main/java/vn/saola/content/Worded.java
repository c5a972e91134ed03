package vn.saola.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum that forms, addresses and the import name by its constant in lower case
 * ({@code ArticleKind.PAGE} is {@code page}).
 */
public interface Worded {

    String name();

    default String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant {@code word} names; empty for anything else, null included. */
    static <E extends Enum<E> & Worded> Optional<E> fromWord(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.word().equals(word)).findFirst();
    }
}
