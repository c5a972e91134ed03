package vn.saola.content;

/** Where a menu item leads. */
public enum MenuTarget {
    PAGE,
    CATEGORY,
    /** An address outside the site: another agency's portal, the national public-service portal. */
    LINK;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<MenuTarget> fromWord(String word) {
        return java.util.Arrays.stream(values()).filter(target -> target.word().equals(word)).findFirst();
    }
}
