package vn.saola.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.saola.i18n.Language;

class LanguageSwitchTest {

    @Test
    void destinationsInTheTargetLanguageAreKept() {
        assertEquals(Optional.of("/en/articles/some-news"),
                LanguageSwitch.safeDestination(Language.EN, "/en/articles/some-news"));
        assertEquals(Optional.of("/vi/chuyen-muc/cong-nghiep?page=2"),
                LanguageSwitch.safeDestination(Language.VI, "/vi/chuyen-muc/cong-nghiep?page=2"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteOrItsLanguageIsRefused() {
        for (String bad : new String[] {null, "", "https://evil.example/en/", "//evil.example/en/", "/vi/",
                "/en//evil.example", "/en/../admin/", "/en/\\evil", "/en/<script>", "/en/\r\nSet-Cookie:x"}) {
            assertTrue(LanguageSwitch.safeDestination(Language.EN, bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void theSwitcherLinkEncodesItsDestination() {
        assertEquals("/switch/en?to=%2Fen%2Farticles%2Fnews", LanguageSwitch.href(Language.EN, "/en/articles/news"));
    }
}
