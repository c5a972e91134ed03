package vn.saola.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose body is held back while the page renders, so it can be kept and its counter
 * slots filled before anything reaches the reader. Status and headers go through to the real
 * response as they are set (and are noted, to be replayed for the next readers); the length is
 * set at the end, once the body is final.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    /** Headers about this one answer, which no other reader may receive. */
    private static final List<String> PERSONAL = List.of("set-cookie", "x-csrf-token", "content-length", "date");

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean personal;
    private boolean finished;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("a page being kept is written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        headers.clear();
        personal = false;
        super.reset();
    }

    @Override
    public void setContentLength(int length) {
        // set once the body is final
    }

    @Override
    public void setContentLengthLong(long length) {
        // set once the body is final
    }

    @Override
    public void setHeader(String name, String value) {
        if (!note(name, value, true)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!note(name, value, false)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void addCookie(Cookie cookie) {
        personal = true;
        super.addCookie(cookie);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        finished = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        finished = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        finished = true;
        super.sendRedirect(location);
    }

    /** @return whether the header was swallowed (a length, which is set at the end) */
    private boolean note(String name, String value, boolean replace) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("content-length")) {
            return true;
        }
        if (key.equals("set-cookie")) {
            personal = true;
        }
        if (!PERSONAL.contains(key) && !key.equals("content-type")) {
            if (replace) {
                headers.put(name, new ArrayList<>(List.of(value)));
            } else {
                headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return false;
    }

    /** The body as rendered. */
    byte[] body() {
        flushBuffer();
        return body.toByteArray();
    }

    /** The headers another reader may be given with the same page. */
    Map<String, List<String>> replayableHeaders() {
        return headers;
    }

    /** Whether the answer was about this reader (a cookie) and may not be given to another. */
    boolean isPersonal() {
        return personal;
    }

    /** Whether the container answers instead (an error page, a redirect): the held body is not sent. */
    boolean isAnsweredElsewhere() {
        return finished;
    }
}
