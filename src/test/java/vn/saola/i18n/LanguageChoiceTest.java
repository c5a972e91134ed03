package vn.saola.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    @Test
    void englishBrowserGetsEnglish() {
        assertEquals(new LanguageChoice.Choice(Language.EN, LanguageChoice.Source.ACCEPT_LANGUAGE),
                LanguageChoice.choose(null, "en-US,en;q=0.9"));
    }

    @Test
    void vietnameseBrowserGetsVietnamese() {
        assertEquals(Language.VI, LanguageChoice.choose(null, "vi").language());
        assertEquals(Language.VI, LanguageChoice.choose(null, "vi-VN,vi;q=0.9,en;q=0.8").language());
    }

    @Test
    void theHighestWeightedPublishedLanguageWins() {
        assertEquals(Language.EN, LanguageChoice.choose(null, "fr-FR,fr;q=0.9,en;q=0.8,vi;q=0.7").language());
        assertEquals(Language.VI, LanguageChoice.choose(null, "en;q=0.5,vi;q=0.9").language());
    }

    @Test
    void rememberedChoiceBeatsTheBrowser() {
        assertEquals(new LanguageChoice.Choice(Language.VI, LanguageChoice.Source.COOKIE),
                LanguageChoice.choose("vi", "en-US,en;q=0.9"));
    }

    @Test
    void noUsableSignalMeansVietnamese() {
        assertEquals(new LanguageChoice.Choice(Language.VI, LanguageChoice.Source.DEFAULT),
                LanguageChoice.choose(null, null));
        assertEquals(Language.VI, LanguageChoice.choose("fr", "de-DE,ja;q=0.5").language());
        assertEquals(Language.VI, LanguageChoice.choose("", "").language());
    }

    @Test
    void malformedHeadersAreIgnoredNotFatal() {
        assertEquals(Language.VI, LanguageChoice.choose(null, ";;;q=abc,,,").language());
        assertEquals(Language.VI, LanguageChoice.choose(null, "x".repeat(5000)).language());
        assertEquals(Language.VI, LanguageChoice.choose(null, "en;q=0").language());
    }
}
