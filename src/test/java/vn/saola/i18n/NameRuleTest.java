package vn.saola.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class NameRuleTest {

    @Test
    void caseSpacesAndUnicodeFormDoNotMakeAnotherName() {
        String decomposed = Normalizer.normalize("Tin tức", Normalizer.Form.NFD);
        assertTrue(NameRule.same("Tin tức", "TIN TỨC"));
        assertTrue(NameRule.same("Tin tức", "  tin   tức "));
        assertTrue(NameRule.same("Tin tức", decomposed), "as some Vietnamese keyboards type it");
        assertTrue(NameRule.same("Điện lực", "điện LỰC"), "Đ is the capital of đ");
        assertTrue(NameRule.same("admin", "ADMIN"));
    }

    @Test
    void diacriticsDoMakeAnotherName() {
        assertFalse(NameRule.same("Tin tức", "Tin tuc"));
        assertFalse(NameRule.same("Ba", "Bà"));
        assertFalse(NameRule.same("Dien luc", "Điện lực"));
    }

    @Test
    void aNameIsKeptComposedAndStrippedButAsTyped() {
        String decomposed = Normalizer.normalize("Tin  Tức", Normalizer.Form.NFD);
        assertEquals("Tin  Tức", NameRule.clean(" " + decomposed + "\n"));
        assertEquals("tin tức", NameRule.key(" " + decomposed + "\n"));
        assertEquals("", NameRule.key(null));
    }
}
