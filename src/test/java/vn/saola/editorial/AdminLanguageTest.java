package vn.saola.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;
import vn.saola.i18n.LanguageChoice;

class AdminLanguageTest {

    @Test
    void theChoiceWinsOverTheBrowserAndTheBrowserOverTheDefault() {
        assertEquals(Language.EN, LanguageChoice.forAdmin("en", "vi-VN,vi;q=0.9"));
        assertEquals(Language.EN, LanguageChoice.forAdmin(null, "en-US,en;q=0.9"));
        assertEquals(Language.VI, LanguageChoice.forAdmin("xx", null));
    }

    @Test
    void theSwitchOnlyLeadsBackIntoTheAdmin() {
        assertEquals("/admin/articles?status=draft&q=abc", AdminLanguageController.adminPath("/admin/articles?status=draft&q=abc"));
        assertEquals("/admin/", AdminLanguageController.adminPath("https://evil.example/admin/"));
        assertEquals("/admin/", AdminLanguageController.adminPath("//evil.example/admin/"));
        assertEquals("/admin/", AdminLanguageController.adminPath("/admin//evil.example"));
        assertEquals("/admin/", AdminLanguageController.adminPath("/vi/"));
        assertEquals("/admin/", AdminLanguageController.adminPath(null));
    }
}
