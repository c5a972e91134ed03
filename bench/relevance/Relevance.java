import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Known-item relevance of Saola's search, asked of a running server through /api/search.
 *
 * <p>From the bilingual corpus it draws, with a fixed seed, what a reader quoting an article
 * would type: a run of 3 to 6 words standing together in exactly one article of that language
 * (as the words stand, folded the same way search folds them), and a few whole sentences found in
 * one article only. Each Vietnamese query is asked four ways: as written, without diacritics
 * (đ as d), decomposed (NFD) and in upper case; English ones as written. For each way it prints
 * the mean reciprocal rank of the quoted article in the first ten hits (MRR@10) and how often it
 * came first (success@1).
 *
 *   java bench/relevance/Relevance.java CORPUS.ndjson.gz http://localhost:8080 [queries per language] [seed]
 *
 * The server must hold the corpus with its ids (bench/relevance/run.sh imports it).
 */
public class Relevance {

    private static final Pattern FIELD = Pattern.compile("\"(id|lang|title|body)\": \"((?:[^\"\\\\]++|\\\\.)*+)\"");
    private static final Pattern HIT_ID = Pattern.compile("\"id\":\"((?:[^\"\\\\]++|\\\\.)*+)\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    record Article(String id, String lang, String title, String body, String folded) {
    }

    record Query(String articleId, String lang, String kind, String text) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        URI base = URI.create(args[1]);
        int perLanguage = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 17;

        List<Article> articles = read(corpus);
        List<Query> queries = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            List<Article> ofLanguage = articles.stream().filter(a -> a.lang().equals(lang)).toList();
            queries.addAll(draw(ofLanguage, lang, perLanguage, new Random(seed)));
        }

        Map<String, double[]> byWay = new LinkedHashMap<>();   // way -> {queries, sum of 1/rank, firsts}
        HttpClient http = HttpClient.newHttpClient();
        List<String> misses = new ArrayList<>();
        for (Query query : queries) {
            Map<String, String> ways = new LinkedHashMap<>();
            if (query.lang().equals("vi")) {
                ways.put("vi, as written", query.text());
                ways.put("vi, without diacritics", fold(query.text()));
                ways.put("vi, decomposed (NFD)", Normalizer.normalize(query.text(), Normalizer.Form.NFD));
                ways.put("vi, upper case", query.text().toUpperCase(VIETNAMESE));
            } else {
                ways.put("en, as written", query.text());
            }
            for (Map.Entry<String, String> way : ways.entrySet()) {
                int rank = rank(http, base, query.lang(), way.getValue(), query.articleId());
                for (String key : List.of(way.getKey(), way.getKey() + ", " + query.kind())) {
                    double[] figures = byWay.computeIfAbsent(key, k -> new double[3]);
                    figures[0]++;
                    figures[1] += rank == 0 ? 0 : 1.0 / rank;
                    figures[2] += rank == 1 ? 1 : 0;
                }
                if (rank != 1 && way.getKey().endsWith("as written") && misses.size() < 15) {
                    misses.add(String.format("  %s rank %s: %s  [%s]", query.lang(), rank == 0 ? "-" : rank,
                            query.text(), query.articleId()));
                }
            }
        }

        System.out.printf("== Known-item relevance (%d queries a language, seed %d, %s)%n", perLanguage, seed, base);
        System.out.printf("%-44s %7s %8s %10s%n", "way", "queries", "MRR@10", "success@1");
        byWay.forEach((way, f) -> System.out.printf("%-44s %7d %8.3f %10.3f%n", way, (int) f[0], f[1] / f[0], f[2] / f[0]));
        System.out.println("some queries as written whose article was not first:");
        misses.forEach(System.out::println);
    }

    /** The quoted article's place among the first ten hits; 0 when it is not among them. */
    static int rank(HttpClient http, URI base, String lang, String text, String articleId) throws Exception {
        URI uri = base.resolve("/api/search?lang=" + lang + "&size=10&page=1&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " for " + text);
        }
        Matcher id = HIT_ID.matcher(answer.body());
        int place = 0;
        while (id.find()) {
            place++;
            if (id.group(1).equals(articleId)) {
                return place;
            }
        }
        return 0;
    }

    /** Runs of 3–6 words, and (one in five) whole sentences, each standing in one article only. */
    static List<Query> draw(List<Article> articles, String lang, int wanted, Random random) {
        List<Query> queries = new ArrayList<>();
        int attempts = 0;
        while (queries.size() < wanted && attempts++ < wanted * 200) {
            Article article = articles.get(random.nextInt(articles.size()));
            String[] sentences = article.body().split("(?<=[.!?:;])\\s+|\\n+");
            String sentence = sentences[random.nextInt(sentences.length)];
            List<int[]> words = new ArrayList<>();   // where each word starts and ends in the sentence
            Matcher word = WORD.matcher(sentence);
            while (word.find()) {
                words.add(new int[] {word.start(), word.end()});
            }
            boolean whole = queries.size() % 5 == 4;
            if (whole ? words.size() < 6 || words.size() > 25 : words.size() < 3) {
                continue;
            }
            int length = whole ? words.size() : 3 + random.nextInt(Math.min(4, words.size() - 2));
            int start = whole ? 0 : random.nextInt(words.size() - length + 1);
            // pasted as it stands, punctuation inside the run included ("Don't", "com.sun.star")
            String text = sentence.substring(words.get(start)[0], words.get(start + length - 1)[1]);
            if (text.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            String needle = " " + normal(text) + " ";
            long holding = articles.stream().filter(a -> a.folded().contains(needle)).count();
            if (holding == 1 && article.folded().contains(needle)) {
                queries.add(new Query(article.id(), lang, whole ? "sentence" : "run of words", text));
            }
        }
        return queries;
    }

    static List<Article> read(Path corpus) throws Exception {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher field = FIELD.matcher(line);
                while (field.find()) {
                    fields.putIfAbsent(field.group(1), unescape(field.group(2)));
                }
                if (fields.size() == 4) {
                    String title = fields.get("title");
                    String body = fields.get("body");
                    articles.add(new Article(fields.get("id"), fields.get("lang"), title, body,
                            " " + normal(title) + " " + normal(body) + " "));
                }
            }
        }
        return articles;
    }

    /** Words only, folded, one space between: how "standing together" is compared. */
    static String normal(String text) {
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(fold(text).toLowerCase(Locale.ROOT));
        while (word.find()) {
            out.append(out.isEmpty() ? "" : " ").append(word.group());
        }
        return out.toString();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    static String unescape(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
