package vn.saola.content;

import java.util.List;

import vn.saola.i18n.Language;

/**
 * One stored document as the editors' library lists it: its address and name (as first attached),
 * type and size, and every article or page that lists it, in the title of the editor's language
 * where it has one.
 */
public record LibraryFile(String address, String fileName, String mediaType, long size, List<Use> uses) {

    /** An article or page listing the file. */
    public record Use(long articleId, String title, Language language) {
    }

    /** {@code PDF}, {@code DOCX}: the name's extension, which the stored content decided. */
    public String typeLabel() {
        return Attachment.typeLabel(fileName);
    }
}
