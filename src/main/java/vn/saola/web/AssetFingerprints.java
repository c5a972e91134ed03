package vn.saola.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A build step (Maven's {@code prepare-package}, see pom.xml): copies the WAR's assets under names
 * that carry a hash of their content ({@code saola.css} → {@code saola.3f9a0c12d4e7.css}), with a
 * gzip beside each text file, and writes the list of names the pages link by ({@link AssetNames}).
 * A name that changes with every change of content can be cached by browsers for a year.
 *
 * <p>Stylesheets are written last, with their {@code url(…)}s pointing at the fingerprinted fonts
 * and images, so a new font gives the stylesheet a new name too.
 */
public final class AssetFingerprints {

    /** Where the list of names is, inside the WAR. */
    public static final String NAMES = "WEB-INF/asset-names.properties";

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*([\"']?)([^\"')]+)\\1\\s*\\)");

    private AssetFingerprints() {
    }

    /** {@code args}: the assets folder of the sources, the folder whose {@code assets/} the WAR gets. */
    public static void main(String[] args) throws IOException {
        Map<String, String> names = write(Path.of(args[0]), Path.of(args[1]));
        System.out.println("[assets] " + names.size() + " assets fingerprinted into " + args[1]);
    }

    /** Writes the fingerprinted copies and the list; returns the names, plain → fingerprinted. */
    static Map<String, String> write(Path source, Path target) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> source.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> StaticFiles.type(file).isPresent())
                    .sorted()
                    .toList();
        }
        clear(target.resolve("assets"));
        Map<String, String> names = new TreeMap<>();
        for (boolean stylesheets : new boolean[] {false, true}) {
            for (String file : files) {
                if (file.endsWith(".css") == stylesheets) {
                    byte[] content = Files.readAllBytes(source.resolve(file));
                    if (stylesheets) {
                        content = pointAtFingerprints(file, new String(content, StandardCharsets.UTF_8), names)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    String name = fingerprinted(file, content);
                    names.put(file, name);
                    Path out = target.resolve("assets").resolve(name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, content);
                    if (StaticFiles.TEXT.contains(StaticFiles.extension(file))) {
                        Files.write(out.resolveSibling(out.getFileName() + ".gz"), StaticFiles.gzip(content));
                    }
                }
            }
        }
        StringBuilder list = new StringBuilder("# plain name = fingerprinted name, written by AssetFingerprints\n");
        names.forEach((plain, name) -> list.append(plain).append('=').append(name).append('\n'));
        Path listFile = target.resolve(NAMES);
        Files.createDirectories(listFile.getParent());
        Files.writeString(listFile, list, StandardCharsets.ISO_8859_1);
        return names;
    }

    /** Names from an earlier build would otherwise stay in the WAR beside the new ones. */
    private static void clear(Path generated) throws IOException {
        if (Files.isDirectory(generated)) {
            try (Stream<Path> walk = Files.walk(generated)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** {@code fonts/a.woff2} with its content's hash: {@code fonts/a.1b2c3d4e5f60.woff2}. */
    static String fingerprinted(String file, byte[] content) {
        int dot = file.lastIndexOf('.');
        return file.substring(0, dot) + "." + StaticFiles.hash(content).substring(0, 12) + file.substring(dot);
    }

    /** The stylesheet with each relative {@code url(…)} naming a fingerprinted file. */
    static String pointAtFingerprints(String stylesheet, String css, Map<String, String> names) {
        String folder = stylesheet.contains("/") ? stylesheet.substring(0, stylesheet.lastIndexOf('/') + 1) : "";
        Matcher url = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            String name = names.get(folder + url.group(2));
            String replacement = name == null ? url.group()
                    : "url(" + url.group(1) + name.substring(folder.length()) + url.group(1) + ")";
            url.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return url.appendTail(out).toString();
    }
}
