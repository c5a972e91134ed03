package vn.saola.content;

import java.util.Map;

import vn.saola.i18n.Language;

/**
 * A menu item as administrators see it: where it leads ({@code leadsTo}: the page's title, the
 * category's name or the address, in the admin's language), its own labels, what the public sees
 * in each language ({@code shown}: its label, else the page's title or the category's name there;
 * absent where it is not shown), and its place.
 */
public record MenuEntry(long id, MenuName menu, Long parentId, MenuTarget target, Long targetId, String url,
        Map<Language, String> labels, Map<Language, String> shown, String leadsTo, int version, boolean first,
        boolean last) {

    public String shown(Language language) {
        return shown.getOrDefault(language, "");
    }

    public boolean isChild() {
        return parentId != null;
    }

    public String label(Language language) {
        return labels.getOrDefault(language, "");
    }
}
