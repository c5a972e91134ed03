package vn.saola.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two texts, word by word, the way an editor reads a change: runs of
 * unchanged, removed and added text. Whitespace is kept as it is, so paragraphs stay paragraphs.
 */
public final class WordDiff {

    /** A word with the space after it: spaces alone would match everywhere and cut changes into confetti. */
    private static final Pattern TOKENS = Pattern.compile("^\\s+|\\S+\\s*");

    private WordDiff() {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text and what happened to it. */
    public record Piece(Kind kind, String text) {
        public boolean isSame() {
            return kind == Kind.SAME;
        }

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }
    }

    public static List<Piece> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Kind.SAME, from.subList(position, start));
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            // The space both end with is not part of the change: "[-95%-]{+97%+} kế", not "[-95% -]{+97% +}kế".
            int shared = 0;
            while (shared < removed.length() && shared < added.length()
                    && Character.isWhitespace(removed.charAt(removed.length() - 1 - shared))
                    && removed.charAt(removed.length() - 1 - shared) == added.charAt(added.length() - 1 - shared)) {
                shared++;
            }
            add(pieces, Kind.REMOVED, List.of(removed.substring(0, removed.length() - shared)));
            add(pieces, Kind.ADDED, List.of(added.substring(0, added.length() - shared)));
            add(pieces, Kind.SAME, List.of(removed.substring(removed.length() - shared)));
            position = start + delta.getSource().size();
        }
        add(pieces, Kind.SAME, from.subList(position, from.size()));
        return pieces;
    }

    /** Whether there is any change at all. */
    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> !p.isSame());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
        String text = String.join("", tokens);
        if (text.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }
}
