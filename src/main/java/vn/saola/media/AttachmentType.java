package vn.saola.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The documents an article may carry as attachments, recognised by Tika from their first bytes.
 * The name an uploader gave only refines what the bytes already say (a ZIP container named
 * {@code .docx} is a Word document; a Word 97 container named {@code .xls} a spreadsheet); it never
 * makes a type the bytes do not show: an HTML page named {@code .pdf} stays HTML and is refused.
 */
public enum AttachmentType {
    PDF("pdf", "application/pdf", true),
    DOC("doc", "application/msword", false),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    XLS("xls", "application/vnd.ms-excel", false),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    ODT("odt", "application/vnd.oasis.opendocument.text", false),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", false),
    ZIP("zip", "application/zip", false);

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes(AttachmentType.class.getClassLoader());

    private final String extension;
    private final String mediaType;
    private final boolean opensInBrowser;

    AttachmentType(String extension, String mediaType, boolean opensInBrowser) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.opensInBrowser = opensInBrowser;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A PDF opens in the browser's reader; every other type is downloaded. */
    public boolean opensInBrowser() {
        return opensInBrowser;
    }

    /** What readers see beside the link: {@code PDF}, {@code DOCX}. */
    public String label() {
        return extension.toUpperCase(java.util.Locale.ROOT);
    }

    public static Optional<AttachmentType> ofExtension(String extension) {
        for (AttachmentType type : values()) {
            if (type.extension.equals(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type of the file at {@code file}, which its uploader called {@code claimedName}; empty when not one of ours. */
    public static Optional<AttachmentType> of(Path file, String claimedName) throws IOException {
        MediaType byContent;
        MediaType withName;
        try (InputStream in = TikaInputStream.get(file)) {
            byContent = TYPES.detect(in, new Metadata());
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, claimedName == null ? "" : claimedName);
        try (InputStream in = TikaInputStream.get(file)) {
            withName = TYPES.detect(in, named);
        }
        MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
        // Bytes Tika cannot place are "octet-stream" or "text/plain", of which every type is a kind:
        // a name alone would then decide.
        if (byContent.equals(MediaType.OCTET_STREAM) || byContent.equals(MediaType.TEXT_PLAIN)) {
            return Optional.empty();
        }
        if (!withName.equals(byContent) && !registry.isSpecializationOf(withName, byContent)) {
            withName = byContent;
        }
        if (withName.getSubtype().contains("macroenabled")) {
            return Optional.empty(); // Office files that carry macros are not published
        }
        // An Office Open XML package whose name did not say which (a .docx called .zip) is a ZIP.
        for (MediaType type = withName; type != null; type = registry.getSupertype(type)) {
            for (AttachmentType candidate : values()) {
                if (candidate.mediaType.equals(type.getBaseType().toString())) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
