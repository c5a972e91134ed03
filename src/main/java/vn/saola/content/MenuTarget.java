package vn.saola.content;

import java.util.Optional;

/** Where a menu item leads. */
public enum MenuTarget implements Worded {
    PAGE,
    CATEGORY,
    /** An address outside the site: another agency's portal, the national public-service portal. */
    LINK;

    public static Optional<MenuTarget> fromWord(String word) {
        return Worded.fromWord(MenuTarget.class, word);
    }
}
