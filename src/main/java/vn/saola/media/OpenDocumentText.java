package vn.saola.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OpenDocument text or spreadsheet: the character data of its {@code content.xml}
 * (the standard keeps a document's words there), a paragraph, heading or cell a line. Read as a
 * stream with the JDK's XML reader, which resolves no external entity; the entry is refused when it
 * inflates past a hundred times its stored size or 100 MB, which stops a ZIP bomb.
 */
final class OpenDocumentText {

    private static final Logger LOG = Logger.getLogger(OpenDocumentText.class.getName());
    private static final long MAX_INFLATED = 100L * 1024 * 1024;
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private OpenDocumentText() {
    }

    static Optional<String> of(Path file, int maxCharacters) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                return Optional.empty();
            }
            long limit = Math.min(MAX_INFLATED, Math.max(1024 * 1024, content.getCompressedSize() * 100));
            try (InputStream in = new Bounded(zip.getInputStream(content), limit)) {
                String text = text(XML.createXMLStreamReader(in, "UTF-8"), maxCharacters).strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            LOG.info(() -> file.getFileName() + ": not readable as OpenDocument (" + unreadable + ")");
            return Optional.empty();
        }
    }

    private static String text(XMLStreamReader xml, int maxCharacters) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext() && text.length() < maxCharacters) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT && isBlock(xml.getLocalName())) {
                text.append('\n');
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("s")) {
                text.append(' '); // text:s, the spaces OpenDocument writes as an element
            }
        }
        return text.length() > maxCharacters ? text.substring(0, maxCharacters) : text.toString();
    }

    private static boolean isBlock(String element) {
        return element.equals("p") || element.equals("h") || element.equals("table-cell") || element.equals("line-break")
                || element.equals("tab");
    }

    /** Ends with an error once more than {@code limit} bytes were read. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(0, read));
            return read;
        }

        private void count(int read) throws IOException {
            left -= read;
            if (left < 0) {
                throw new IOException("content.xml inflates past its limit");
            }
        }
    }
}
