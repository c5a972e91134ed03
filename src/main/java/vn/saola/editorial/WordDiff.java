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

    /** Each word with the space before it (spaces alone would match everywhere and cut changes into confetti). */
    private static final Pattern TOKENS = Pattern.compile("(\\s*)(\\S+)");

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
        List<Token> from = tokens(before);
        List<Token> to = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int target = 0;
        for (AbstractDelta<Token> delta : DiffUtils.diff(from, to, (a, b) -> a.word().equals(b.word())).getDeltas()) {
            add(pieces, Kind.SAME, to.subList(target, delta.getTarget().getPosition()), true);
            List<Token> removed = delta.getSource().getLines();
            List<Token> added = delta.getTarget().getLines();
            // The space before a change is not part of it: "đạt [-95%-]{+97%+} kế".
            Token first = added.isEmpty() ? removed.get(0) : added.get(0);
            add(pieces, Kind.SAME, first.space());
            add(pieces, Kind.REMOVED, removed, false);
            add(pieces, Kind.ADDED, added, false);
            target = delta.getTarget().getPosition() + added.size();
        }
        add(pieces, Kind.SAME, to.subList(target, to.size()), true);
        return pieces;
    }

    /** Whether there is any change at all. */
    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> !p.isSame());
    }

    /** A word and the space before it; words alone are compared, so a moved line break is no change. */
    private record Token(String space, String word) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(1), matcher.group(2)));
        }
        return tokens;
    }

    private static void add(List<Piece> pieces, Kind kind, List<Token> tokens, boolean withFirstSpace) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 || withFirstSpace) {
                text.append(tokens.get(i).space());
            }
            text.append(tokens.get(i).word());
        }
        add(pieces, kind, text.toString());
    }

    private static void add(List<Piece> pieces, Kind kind, String text) {
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
