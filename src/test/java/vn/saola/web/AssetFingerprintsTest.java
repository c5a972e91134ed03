package vn.saola.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetFingerprintsTest {

    @TempDir
    Path source;

    @TempDir
    Path target;

    private void write(String file, String content) throws IOException {
        Path path = source.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    @Test
    void eachAssetGetsItsContentsHashAndStylesheetsLinkTheFingerprintedFonts() throws IOException {
        write("site.css", "@font-face { src: url(\"fonts/f.woff2\") format(\"woff2\"); }\n"
                + ".x { background: url(data:image/png;base64,AAAA); } .y { background: url('missing.png'); }\n");
        write("fonts/f.woff2", "font bytes");
        write("page.js", "console.log('Xin chào');\n".repeat(20));
        write("fonts/LICENSE.txt", "not served, not copied");

        Map<String, String> names = AssetFingerprints.write(source, target);

        assertEquals(3, names.size(), names.toString());
        String font = names.get("fonts/f.woff2");
        assertTrue(font.matches("fonts/f\\.[0-9a-f]{12}\\.woff2"), font);
        assertEquals("fonts/f." + StaticFiles.hash("font bytes".getBytes(StandardCharsets.UTF_8)).substring(0, 12)
                + ".woff2", font);
        String css = Files.readString(target.resolve("assets").resolve(names.get("site.css")));
        assertTrue(css.contains("url(\"" + font + "\")"), css);
        assertTrue(css.contains("url(data:image/png;base64,AAAA)") && css.contains("url('missing.png')"),
                "what is no asset of ours stays as written");
        assertEquals(AssetFingerprints.fingerprinted("site.css", css.getBytes(StandardCharsets.UTF_8)), names.get("site.css"),
                "the stylesheet's name is the hash of what it says after the links were changed");

        byte[] script = Files.readAllBytes(target.resolve("assets").resolve(names.get("page.js")));
        byte[] gzip = Files.readAllBytes(target.resolve("assets").resolve(names.get("page.js") + ".gz"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertArrayEquals(script, in.readAllBytes(), "the gzip unpacks to the same bytes");
        }
        assertTrue(gzip.length < script.length);
        assertFalse(Files.exists(target.resolve("assets").resolve(font + ".gz")), "a font is compressed already");
        assertTrue(Files.readString(target.resolve(AssetFingerprints.NAMES)).contains("site.css=" + names.get("site.css")));
    }

    @Test
    void aNewFontRenamesTheStylesheetAndTheOldNamesLeaveTheBuild() throws IOException {
        write("site.css", "@font-face { src: url(\"fonts/f.woff2\"); }");
        write("fonts/f.woff2", "first font");
        Map<String, String> first = AssetFingerprints.write(source, target);

        write("fonts/f.woff2", "second font");
        Map<String, String> second = AssetFingerprints.write(source, target);

        assertNotEquals(first.get("fonts/f.woff2"), second.get("fonts/f.woff2"));
        assertNotEquals(first.get("site.css"), second.get("site.css"), "the stylesheet names the new font");
        assertFalse(Files.exists(target.resolve("assets").resolve(first.get("site.css"))), "no stale name in the WAR");
        assertFalse(Files.exists(target.resolve("assets").resolve(first.get("fonts/f.woff2"))));
    }
}
