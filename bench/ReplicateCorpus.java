import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Writes the bilingual corpus (../shared/corpus) replicated with suffixed ids until it holds at
 * least the requested number of articles: copy 0 keeps the original ids, copy n appends "-rn".
 *
 *   java bench/ReplicateCorpus.java <corpus.ndjson.gz> <out.ndjson> <articles>
 */
public class ReplicateCorpus {

    private static final Pattern ID = Pattern.compile("^\\{\"id\": \"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int wanted = Integer.parseInt(args[2]);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        long articles = lines.stream().map(l -> idOf(l)).distinct().count();
        int copies = (int) ((wanted + articles - 1) / articles);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < copies; copy++) {
                for (String line : lines) {
                    if (copy == 0) {
                        writer.write(line);
                    } else {
                        String id = idOf(line);
                        writer.write(line.replaceFirst(Pattern.quote("\"id\": \"" + id + "\""),
                                Matcher.quoteReplacement("\"id\": \"" + id + "-r" + copy + "\"")));
                    }
                    writer.write('\n');
                }
            }
        }
        System.out.println(articles * copies + " articles, " + (long) lines.size() * copies + " lines, "
                + Files.size(out) / 1_000_000 + " MB -> " + out);
    }

    private static String idOf(String line) {
        Matcher m = ID.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("No id at the start of: " + line.substring(0, Math.min(80, line.length())));
        }
        return m.group(1);
    }
}
