package vn.saola.content;

/** The menus administrators arrange at {@code /admin/menus}. */
public enum MenuName {
    /** Across the top of every page; while it is empty, the categories stand there. */
    HEADER,
    /** At the foot of every page. */
    FOOTER,
    /** "Liên kết website": other agencies' portals, in the footer or the side column. */
    LINKS;

    /** As written in the admin's addresses and forms. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<MenuName> fromWord(String word) {
        return java.util.Arrays.stream(values()).filter(menu -> menu.word().equals(word)).findFirst();
    }
}
