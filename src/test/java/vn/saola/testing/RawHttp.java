package vn.saola.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written, for the malformed URLs (broken percent-escapes,
 * invalid UTF-8) that {@link java.net.http.HttpClient} refuses to send.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Answer(int status, String text) {
    }

    public static Answer get(URI base, String rawTarget) {
        return get(base, rawTarget, "");
    }

    /** The same with more header lines ({@code "Cookie: …\r\n"}). */
    public static Answer get(URI base, String rawTarget, String headers) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            byte[] request = ("GET " + rawTarget + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\n" + headers + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            // Written beside the reading, as browsers do: a server refusing an oversize request answers
            // and closes before reading it all, and on a busy machine the answer must not be lost to
            // the client still writing (a broken pipe).
            Thread writer = new Thread(() -> {
                try {
                    out.write(request);
                    out.flush();
                } catch (IOException closedBeforeTheEnd) {
                    // the server had heard enough; its answer is read below
                }
            }, "raw-http-writer");
            writer.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException reset) {
                if (answer.size() == 0) {
                    throw reset;
                }
                // the connection was reset after the answer arrived: the answer stands
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            String statusLine = text.lines().findFirst().orElse("");
            String[] parts = statusLine.split(" ");
            return new Answer(parts.length > 1 ? Integer.parseInt(parts[1]) : -1, text);
        } catch (IOException e) {
            throw new IllegalStateException("Raw request " + rawTarget + " failed", e);
        }
    }
}
