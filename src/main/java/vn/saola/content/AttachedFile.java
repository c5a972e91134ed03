package vn.saola.content;

/** A stored document to list under an article: where it is served, the name it downloads as, its type and size. */
public record AttachedFile(String address, String name, String mediaType, long size) {

    /** {@code PDF}, {@code DOCX}: the name's extension, which the stored content decided. */
    public String typeLabel() {
        return Attachment.typeLabel(name);
    }
}
