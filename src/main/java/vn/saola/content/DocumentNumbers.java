package vn.saola.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The numbers and symbols of official documents ({@code 2146/QĐ-TTg}, {@code 01/2021/TT-BCT}) as
 * Vietnamese state bodies write them (Decree 30/2020/NĐ-CP): a serial number, the year for legal
 * documents, then the symbol of the type and the issuer. A number is looked up by its key, so that
 * {@code 2146/qd-ttg} and {@code 2146 QĐ-TTg} find the same document.
 */
public final class DocumentNumbers {

    public static final int MAX_LENGTH = 60;

    /** What the form accepts: a number, an optional year, a symbol of letters and digits joined by hyphens. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}(?:/[0-9]{4})?/[\\p{L}0-9]{1,20}(?:-[\\p{L}0-9]{1,20}){0,5}");
    /**
     * A number as it stands in running text: its symbol begins with a capital, so dates ({@code 12/5/2024})
     * and fractions are left alone; not inside a longer run of letters, digits or slashes.
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}0-9/])[0-9]{1,6}(?:/[0-9]{4})?/\\p{Lu}[\\p{L}0-9]{0,19}(?:-[\\p{L}0-9]{1,20}){0,5}(?![\\p{L}0-9])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^A-Z0-9]+");

    private DocumentNumbers() {
    }

    /** Whether {@code number} (stripped, NFC) is written as a document number is. */
    public static boolean isWellFormed(String number) {
        return number != null && number.length() <= MAX_LENGTH && NUMBER.matcher(number).matches();
    }

    /**
     * The number as it is looked up: unmarked, upper case, letters and digits only
     * ({@code 2146/QĐ-TTg}, {@code 2146/qd-ttg} and {@code 2146 QĐ TTg} are all {@code 2146QDTTG}).
     * Empty unless it holds both a digit and a letter: a year or a word alone is not a number.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String unmarked = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT);
        String key = NOT_LETTER_OR_DIGIT.matcher(unmarked).replaceAll("");
        boolean digit = key.chars().anyMatch(Character::isDigit);
        boolean letter = key.chars().anyMatch(Character::isLetter);
        return digit && letter && key.length() <= MAX_LENGTH ? key : "";
    }

    /**
     * {@code html} with every document number in its text made a link to the address {@code addressOf}
     * gives for its key (null: no such document, the number stays text). Text already inside a link
     * is left as it is; so is the rest of the markup.
     */
    public static String linked(String html, Function<String, String> addressOf) {
        if (html == null || html.isEmpty() || !IN_TEXT.matcher(html).find()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !insideLink(text)) {
                texts.add(text);
            }
        }, document.body());
        boolean changed = false;
        for (TextNode text : texts) {
            changed |= link(text, addressOf);
        }
        return changed ? document.body().html() : html;
    }

    private static boolean link(TextNode text, Function<String, String> addressOf) {
        String whole = text.getWholeText();
        Matcher found = IN_TEXT.matcher(whole);
        int done = 0;
        Node last = text;
        boolean changed = false;
        while (found.find()) {
            String address = addressOf.apply(key(found.group()));
            if (address == null) {
                continue;
            }
            Element link = new Element("a").attr("href", address).text(found.group());
            TextNode before = new TextNode(whole.substring(done, found.start()));
            last.after(before);
            before.after(link);
            last = link;
            done = found.end();
            changed = true;
        }
        if (changed) {
            last.after(new TextNode(whole.substring(done)));
            text.remove();
        }
        return changed;
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && element.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
