package vn.saola.content;

/** A news item that names a document (links it, or cites its number): its title and address. */
public record Citation(String title, String url) {
}
