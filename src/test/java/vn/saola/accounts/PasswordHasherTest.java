package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHasher.hash("mật-khẩu đúng".toCharArray(), 1_000);
        assertTrue(PasswordHasher.matches("mật-khẩu đúng".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("mat-khau dung".toCharArray(), stored));
    }

    @Test
    void hashesAreSaltedAndSayHowTheyWereMade() {
        String first = PasswordHasher.hash("secret".toCharArray(), 1_000);
        String second = PasswordHasher.hash("secret".toCharArray(), 1_000);
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha256$1000$"), first);
        assertFalse(first.contains("secret"));
    }

    @Test
    void theDefaultWorkFactorIsTheOneStored() {
        assertTrue(PasswordHasher.hash("x".toCharArray()).startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$$"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$AAAA$BBBB"));
    }

    @Test
    void randomPasswordsHaveTheAskedLength() {
        assertEquals(20, PasswordHasher.randomPassword(20).length());
        assertNotEquals(PasswordHasher.randomPassword(20), PasswordHasher.randomPassword(20));
    }
}
