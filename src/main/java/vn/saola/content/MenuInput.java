package vn.saola.content;

import java.util.Map;

import vn.saola.i18n.Language;

/**
 * A menu item as an administrator sent it: where it leads ({@code targetId} for a page or a
 * category, {@code url} for an outside address), its label per language (absent: none) and the
 * item it goes under (null: the top of the menu).
 */
public record MenuInput(MenuTarget target, Long targetId, String url, Map<Language, String> labels, Long parentId) {
}
