package vn.saola.content;

import java.util.List;

/** A menu item as a public page shows it: its label in the page's language, where it leads, the items under it. */
public record MenuLink(String label, String url, boolean external, List<MenuLink> children) {
}
