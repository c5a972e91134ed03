package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.saola.editorial.WordDiff.Kind;
import vn.saola.editorial.WordDiff.Piece;

class WordDiffTest {

    private static String render(List<Piece> pieces) {
        return pieces.stream().map(p -> switch (p.kind()) {
            case SAME -> p.text();
            case REMOVED -> "[-" + p.text() + "-]";
            case ADDED -> "{+" + p.text() + "+}";
        }).collect(Collectors.joining());
    }

    @Test
    void aChangedWordIsShownRemovedThenAdded() {
        assertEquals("Sở Công Thương đạt [-95%-]{+97%+} kế hoạch",
                render(WordDiff.between("Sở Công Thương đạt 95% kế hoạch", "Sở Công Thương đạt 97% kế hoạch")));
    }

    @Test
    void addedAndRemovedSentencesKeepTheirParagraphs() {
        String before = "Tiêu đề\n\nĐoạn một.\n\nĐoạn hai sẽ bị xoá.";
        String after = "Tiêu đề\n\nĐoạn một, có thêm chữ.\n\nĐoạn ba mới.";
        String shown = render(WordDiff.between(before, after));
        assertEquals("Tiêu đề\n\nĐoạn [-một.-]{+một, có thêm chữ.+}\n\nĐoạn [-hai sẽ bị xoá.-]{+ba mới.+}", shown);
    }

    @Test
    void aSentenceAddedAtTheEndOfAParagraphIsJustThatSentence() {
        assertEquals("Đoạn hai về xuất khẩu. {+Thêm câu mới.+}\n\nHết",
                render(WordDiff.between("Đoạn hai về xuất khẩu.\n\nHết", "Đoạn hai về xuất khẩu. Thêm câu mới.\n\nHết")));
    }

    @Test
    void sameTextIsOneUnchangedPiece() {
        List<Piece> pieces = WordDiff.between("Không đổi gì cả", "Không đổi gì cả");
        assertEquals(List.of(new Piece(Kind.SAME, "Không đổi gì cả")), pieces);
        assertFalse(WordDiff.changed(pieces));
    }

    @Test
    void emptyBeforeMeansAllAdded() {
        assertEquals(List.of(new Piece(Kind.ADDED, "Mới hoàn toàn")), WordDiff.between("", "Mới hoàn toàn"));
        assertEquals(List.of(new Piece(Kind.REMOVED, "Đã xoá")), WordDiff.between("Đã xoá", null));
    }
}
