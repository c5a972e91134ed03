package vn.saola.media;

/** What an image shows (its text alternative) and what its caption says, in one language; empty: none. */
public record ImageWords(String alt, String caption) {
}
