package vn.saola.content;

import java.util.Optional;

/**
 * What the editors' list does to many articles at once: publish, take down, move to the trash, or
 * file under a category ({@code category:<id>}); read from the form's value, nothing else accepted.
 */
public record BulkAction(Kind kind, Long categoryId) implements java.io.Serializable {

    public enum Kind { PUBLISH, UNPUBLISH, TRASH, CATEGORY }

    public static Optional<BulkAction> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "publish" -> Optional.of(new BulkAction(Kind.PUBLISH, null));
            case "unpublish" -> Optional.of(new BulkAction(Kind.UNPUBLISH, null));
            case "trash" -> Optional.of(new BulkAction(Kind.TRASH, null));
            default -> value.matches("category:[0-9]{1,18}")
                    ? Optional.of(new BulkAction(Kind.CATEGORY, Long.valueOf(value.substring(9)))) : Optional.empty();
        };
    }

    /** The form's value again ({@code publish}, {@code category:3}). */
    public String value() {
        return kind == Kind.CATEGORY ? "category:" + categoryId : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
