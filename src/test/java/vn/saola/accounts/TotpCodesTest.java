package vn.saola.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238, appendix B: the SHA-1 seed and its eight-digit codes at the given times. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfRfc6238AppendixB() {
        SecretKeySpec key = new SecretKeySpec(RFC_SEED, "HmacSHA1");
        assertEquals("94287082", TotpCodes.code(key, Instant.ofEpochSecond(59L), 8));
        assertEquals("07081804", TotpCodes.code(key, Instant.ofEpochSecond(1111111109L), 8));
        assertEquals("14050471", TotpCodes.code(key, Instant.ofEpochSecond(1111111111L), 8));
        assertEquals("89005924", TotpCodes.code(key, Instant.ofEpochSecond(1234567890L), 8));
        assertEquals("69279037", TotpCodes.code(key, Instant.ofEpochSecond(2000000000L), 8));
        assertEquals("65353130", TotpCodes.code(key, Instant.ofEpochSecond(20000000000L), 8));
    }

    @Test
    void theBase32SecretGivesTheSameCodesAsTheRawSeed() {
        String base32 = new Base32().encodeToString(RFC_SEED).replace("=", "");
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", base32);
        assertEquals("287082", TotpCodes.code(base32, Instant.ofEpochSecond(59L), 6), "six digits: the last six");
    }

    @Test
    void aCodeIsAcceptedWithinAStepOfNowAndOnlyOnce() {
        String secret = TotpCodes.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = now.getEpochSecond() / 30;
        String current = TotpCodes.code(secret, now, 6);
        assertEquals(OptionalLong.of(step), TotpCodes.acceptedStep(secret, current, now, null));
        assertEquals(OptionalLong.of(step), TotpCodes.acceptedStep(secret, current.substring(0, 3) + " " + current.substring(3), now, null),
                "spaces as apps show them");
        assertEquals(OptionalLong.empty(), TotpCodes.acceptedStep(secret, current, now, step), "not twice");
        String previous = TotpCodes.code(secret, now.minusSeconds(30), 6);
        assertEquals(OptionalLong.of(step - 1), TotpCodes.acceptedStep(secret, previous, now, null), "a step late");
        String rfc = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertEquals(OptionalLong.empty(), TotpCodes.acceptedStep(rfc, "287082", Instant.ofEpochSecond(59L + 90), null),
                "RFC 6238's code of 59 s, three steps later");
        assertEquals(OptionalLong.of(1L), TotpCodes.acceptedStep(rfc, "287082", Instant.ofEpochSecond(59L + 30), null),
                "and one step later");
        assertEquals(OptionalLong.empty(), TotpCodes.acceptedStep(secret, "12345", now, null));
        assertEquals(OptionalLong.empty(), TotpCodes.acceptedStep(secret, "abcdef", now, null));
        assertEquals(OptionalLong.empty(), TotpCodes.acceptedStep(secret, null, now, null));
    }

    @Test
    void theEnrolmentAddressIsWhatAuthenticatorAppsRead() {
        assertEquals("otpauth://totp/S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng:admin?secret=ABC&issuer=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng"
                + "&algorithm=SHA1&digits=6&period=30", TotpCodes.enrolmentUri("Sở Công Thương", "admin", "ABC"));
    }
}
