package vn.saola.content;

import java.util.List;

/** A page as a link (breadcrumbs, lists of pages, the site map), with the pages under it where that matters. */
public record PageLink(String title, String url, List<PageLink> children) {

    public PageLink(String title, String url) {
        this(title, url, List.of());
    }
}
