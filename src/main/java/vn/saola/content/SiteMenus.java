package vn.saola.content;

import java.util.List;

/**
 * The menus of every public page in one language. {@code linksAside}: the "Liên kết website"
 * block stands in the side column rather than the footer.
 */
public record SiteMenus(List<MenuLink> header, List<MenuLink> footer, List<MenuLink> links, boolean linksAside) {

    public static final SiteMenus NONE = new SiteMenus(List.of(), List.of(), List.of(), false);

    public boolean linksInFooter() {
        return !links.isEmpty() && !linksAside;
    }

    public boolean linksBeside() {
        return !links.isEmpty() && linksAside;
    }
}
