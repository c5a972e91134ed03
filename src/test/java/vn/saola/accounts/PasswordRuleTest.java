package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    private static boolean ok(String password) {
        return PasswordRule.acceptable(password == null ? null : password.toCharArray());
    }

    @Test
    void twelveCharactersWithSomeVarietyAreEnough() {
        assertTrue(ok("mat-khau-2026"));
        assertTrue(ok("Sở Công Thương 2026"));
        assertTrue(ok("a".repeat(195) + "bcdef"));
    }

    @Test
    void shortRepetitiveOrAbsurdlyLongPasswordsAreNot() {
        assertFalse(ok(null));
        assertFalse(ok(""));
        assertFalse(ok("admin123"));
        assertFalse(ok("aaaaaaaaaaaaaaaa"));
        assertFalse(ok("abababababababab"));
        assertFalse(ok("abcabcabcabcabc"), "three different characters");
        assertFalse(ok("abcd".repeat(51)));
    }
}
