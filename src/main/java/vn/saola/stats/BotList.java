package vn.saola.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.platform.SaolaConfigSource;

/**
 * The User-Agents whose requests are not views: {@code bots.txt} in the configuration folder
 * (else the copy packed in the WAR), one case-insensitive regular expression a line.
 */
public final class BotList {

    private final Pattern any;
    /** Readers' browsers repeat: the list is run once per User-Agent, not once per request. */
    private final Cache<String, Boolean> verdicts = Caffeine.newBuilder().maximumSize(10_000).build();

    BotList(List<String> patterns) {
        this.any = Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()),
                Pattern.CASE_INSENSITIVE);
    }

    /** No User-Agent at all is no browser either. */
    public boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        if (userAgent.length() > 1_000) {
            return any.matcher(userAgent).find();
        }
        return verdicts.get(userAgent, ua -> any.matcher(ua).find());
    }

    static BotList configured() {
        Path file = SaolaConfigSource.configDirectory().resolve("bots.txt");
        try {
            if (Files.isRegularFile(file)) {
                return parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            }
            InputStream packed = BotList.class.getResourceAsStream("/saola/bots.txt");
            if (packed == null) {
                throw new IllegalStateException("No bots.txt in " + file.toAbsolutePath() + " nor in the WAR");
            }
            return parse(new InputStreamReader(packed, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }

    static BotList parse(Reader text) throws IOException {
        List<String> patterns = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(text)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String pattern = line.strip();
                if (!pattern.isEmpty() && !pattern.startsWith("#")) {
                    patterns.add(pattern);
                }
            }
        }
        return new BotList(patterns);
    }
}
