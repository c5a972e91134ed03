package vn.saola.media;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import vn.saola.testing.Api;
import vn.saola.testing.Browser;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * The figures of bench/attachments.sh (a benchmark, not a test): a 50-page PDF of Vietnamese text
 * (written without marks: the standard PDF fonts have none), read by {@link TextExtraction} in a
 * loop (pages a second, the heap's peak while reading), then attached to an article on a real
 * server: how long from the upload's answer until a word of its last page finds the article.
 */
public final class PdfTextBench {

    private static final String LINE = "So Cong Thuong phan dau thuc hien co hieu qua De an tai co cau nganh cong thuong";

    private PdfTextBench() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        String marker = "dautrang" + UUID.randomUUID().toString().substring(0, 8);
        String[] texts = new String[pages];
        for (int i = 0; i < pages; i++) {
            texts[i] = (LINE + " trang " + (i + 1) + "\n").repeat(45) + (i == pages - 1 ? marker : "");
        }
        byte[] pdf = TestDocuments.pdfPages(texts);
        Path file = Files.createTempFile("bench", ".pdf");
        Files.write(file, pdf);
        System.out.printf("PDF: %d pages, %,d bytes, %,d characters of text%n", pages, pdf.length,
                String.join("", texts).length());

        for (int i = 0; i < 20; i++) {
            TextExtraction.pdfText(file, 1000, 1_000_000, Duration.ofMinutes(1));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heapUsed();
        int rounds = 30;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            TextExtraction.pdfText(file, 1000, 1_000_000, Duration.ofMinutes(1)).orElseThrow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double ours = rounds * pages / seconds;
        System.out.printf("text extraction: %.0f pages/s (%d rounds of %d pages in %.2f s, after 20 rounds of warm-up)%n",
                ours, rounds, pages, seconds);
        // The reference, on the same file in the same run: poppler's pdftotext, a process a round.
        long popplerStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            Process process = new ProcessBuilder("pdftotext", file.toString(), "-").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed");
            }
        }
        double poppler = rounds * pages / ((System.nanoTime() - popplerStart) / 1e9);
        System.out.printf("pdftotext (poppler, the reference): %.0f pages/s; PDFBox here reads %.2f times as many pages a second%n",
                poppler, ours / poppler);
        System.out.printf("heap: %d MB before reading, %d MB at the peak of the pools while reading (a bound: garbage included)%n",
                before >> 20, peakHeap() >> 20);

        SaolaServer server = SaolaServer.dedicated("pdf-bench", Map.of("SAOLA_ATTACHMENTS_MAX_BYTES", "20971520"));
        try {
            Editor editor = Editor.admin(server);
            long id = editor.createArticle("vi", "Văn bản dài " + pages + " trang", "Nội dung.", "publish");
            Browser.Page form = editor.get("/admin/articles/" + id + "/vi");
            long uploadStarted = System.nanoTime();
            Browser.Page answer = editor.browser().postMultipart("/admin/attachments", Map.of("_csrf", Editor.csrf(form),
                    "article", String.valueOf(id), "lang", "vi", "title", ""), "file", "van-ban.pdf", "application/pdf", pdf);
            long answered = System.nanoTime();
            if (answer.status() != 302 || !answer.header("Location").contains("saved=attachment")) {
                throw new IllegalStateException("upload refused: " + answer.status() + " " + answer.header("Location"));
            }
            int total = new Api(server).awaitTotal(marker, "vi", 1, Duration.ofMinutes(2));
            long found = System.nanoTime();
            if (total != 1) {
                throw new IllegalStateException("the last page's word was not found within two minutes");
            }
            System.out.printf("upload answered in %d ms; the last page's word found by search %d ms after the answer%n",
                    (answered - uploadStarted) / 1_000_000, (found - answered) / 1_000_000);
        } finally {
            server.stop();
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
