package vn.saola.content;

/** One language's words as an editor sent them (validated; the body not yet sanitised). */
public record TranslationInput(String title, String slug, String summary, String bodyHtml) {
}
