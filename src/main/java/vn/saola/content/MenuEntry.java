package vn.saola.content;

import java.util.Map;

import vn.saola.i18n.Language;

/**
 * A menu item as administrators see it: where it leads ({@code leadsTo}: the page's title, the
 * category's name or the address, in the admin's language), its own labels, and its place.
 */
public record MenuEntry(long id, MenuName menu, Long parentId, MenuTarget target, Long targetId, String url,
        Map<Language, String> labels, String leadsTo, int version, boolean first, boolean last) {

    public boolean isChild() {
        return parentId != null;
    }

    public String label(Language language) {
        return labels.getOrDefault(language, "");
    }
}
