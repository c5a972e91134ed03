package vn.saola.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body one line at a time, holding at most one line (and never more than
 * {@code maxLineBytes} of it) in memory, however large the body is. A line that is too long, or
 * is not UTF-8, is reported as such and skipped, and reading goes on with the next line.
 */
final class NdjsonLines {

    /** One line: its number (from 1), and either its text or why it could not be read. */
    record Line(int number, String text, Rejection problem) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int number;
    private boolean finished;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next non-blank line, or null at the end of the body. */
    Line next() throws IOException {
        while (!finished) {
            buffer.reset();
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (buffer.size() < maxLineBytes) {
                    buffer.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (b == -1) {
                finished = true;
                if (buffer.size() == 0 && !tooLong) {
                    return null;
                }
            }
            number++;
            if (tooLong) {
                return new Line(number, null, new Rejection("lineTooLong", maxLineBytes / (1024 * 1024)));
            }
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(buffer.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                return new Line(number, null, new Rejection("notUtf8"));
            }
            if (!text.isBlank()) {
                return new Line(number, text.strip(), null);
            }
        }
        return null;
    }
}
