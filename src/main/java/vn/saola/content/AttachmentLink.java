package vn.saola.content;

/**
 * One document listed under an article's text, in one language: {@code title} is what readers
 * see (the file's name where no title was given); {@code titleVi} and {@code titleEn} are what
 * the editors gave, or null.
 */
public record AttachmentLink(long id, String title, String titleVi, String titleEn, String address, String fileName,
        String mediaType, long size) {

    /** {@code PDF}, {@code DOCX}: the file name's extension, which the stored content decided. */
    public String typeLabel() {
        return Attachment.typeLabel(fileName);
    }
}
