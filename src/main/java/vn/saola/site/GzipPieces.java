package vn.saola.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A kept page's gzip form, compressed once and served with the numbers of the moment. Each piece
 * between two counter slots is compressed on its own when the page is kept, ending on a full
 * flush (byte-aligned, no memory of what came before); at each answer the slots' numbers go
 * between them as stored (uncompressed) blocks, and the gzip frame's checksum and length are
 * computed over the answer's text. The result is one ordinary gzip member (RFC 1951, 1952).
 */
final class GzipPieces {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** The last block of a deflate stream: final, stored, empty. */
    private static final byte[] LAST_BLOCK = {1, 0, 0, (byte) 0xff, (byte) 0xff};

    private GzipPieces() {
    }

    /** Each piece compressed on its own, ready to be joined. */
    static List<byte[]> compress(List<byte[]> pieces) {
        return pieces.stream().map(GzipPieces::compressed).toList();
    }

    private static byte[] compressed(byte[] piece) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(piece);
            ByteArrayOutputStream out = new ByteArrayOutputStream(piece.length / 3 + 64);
            byte[] buffer = new byte[8192];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length || !deflater.needsInput());
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The gzip answer: the compressed pieces with {@code values} between them.
     *
     * @param pieces the page's pieces as they are (for the checksum)
     * @param compressed the same, each from {@link #compress}
     */
    static byte[] join(List<byte[]> pieces, List<byte[]> compressed, List<String> values) {
        CRC32 crc = new CRC32();
        long length = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.stream().mapToInt(c -> c.length).sum() + 64);
        out.writeBytes(HEADER);
        Iterator<byte[]> plain = pieces.iterator();
        Iterator<byte[]> packed = compressed.iterator();
        for (int slot = 0; ; slot++) {
            byte[] piece = plain.next();
            crc.update(piece);
            length += piece.length;
            out.writeBytes(packed.next());
            if (slot == values.size()) {
                break;
            }
            byte[] value = values.get(slot).getBytes(StandardCharsets.UTF_8);
            crc.update(value);
            length += value.length;
            storedBlock(out, value);
        }
        out.writeBytes(LAST_BLOCK);
        littleEndian(out, crc.getValue());
        littleEndian(out, length & 0xffffffffL);
        return out.toByteArray();
    }

    /** A non-final stored block: the stream is byte-aligned after a full flush, so its header is one zero byte. */
    private static void storedBlock(ByteArrayOutputStream out, byte[] value) {
        int length = value.length;
        out.write(0);
        out.write(length & 0xff);
        out.write(length >>> 8 & 0xff);
        out.write(~length & 0xff);
        out.write(~length >>> 8 & 0xff);
        out.writeBytes(value);
    }

    private static void littleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
