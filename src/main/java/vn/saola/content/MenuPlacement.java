package vn.saola.content;

/** Where the "Liên kết website" block stands on public pages. */
public enum MenuPlacement {
    FOOTER,
    /** Beside an article or a page, under what stands there. */
    SIDE
}
