package vn.saola.content;

import java.util.Optional;

/** The menus administrators arrange at {@code /admin/menus}. */
public enum MenuName implements Worded {
    /** Across the top of every page; while it is empty, the categories stand there. */
    HEADER,
    /** At the foot of every page. */
    FOOTER,
    /** "Liên kết website": other agencies' portals, in the footer or the side column. */
    LINKS;

    public static Optional<MenuName> fromWord(String word) {
        return Worded.fromWord(MenuName.class, word);
    }
}
