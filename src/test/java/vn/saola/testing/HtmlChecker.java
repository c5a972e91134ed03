package vn.saola.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.xml.sax.SAXException;

import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker (the engine behind validator.w3.org/nu), run in this JVM: no network. */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** The errors the checker finds in a page, one line each ({@code line: message}); empty when valid. */
    public static synchronized List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        try {
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            JsonObject json = Json.createReader(new StringReader(report)).readObject();
            return json.getJsonArray("messages").stream().map(JsonObject.class::cast)
                    .filter(m -> "error".equals(m.getString("type", "")) || "fatal".equals(m.getString("subType", "")))
                    .map(m -> m.getInt("lastLine", 0) + ": " + m.getString("message", "")
                            + " [" + m.getString("extract", "").strip() + "]")
                    .toList();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The HTML checker failed", e);
        }
    }
}
