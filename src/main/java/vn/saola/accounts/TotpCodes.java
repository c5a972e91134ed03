package vn.saola.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, six
 * digits, thirty seconds, the secret shown in Base32. A code is accepted one step early or late
 * (clocks drift, people type slowly), and only once: never at or before the last step accepted.
 */
public final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpCodes() {
    }

    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The code of {@code base32Secret} at {@code at}, with {@code digits} digits (RFC 6238 uses eight in its examples). */
    static String code(String base32Secret, Instant at, int digits) {
        return code(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"), at, digits);
    }

    static String code(Key key, Instant at, int digits) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP, digits).generateOneTimePasswordString(key, at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key is always valid", e);
        }
    }

    /** The time step {@code typed} belongs to, if it is right now (within a step) and newer than {@code lastStep}. */
    static OptionalLong acceptedStep(String base32Secret, String typed, Instant now, Long lastStep) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if ((lastStep == null || step > lastStep)
                    && code(base32Secret, Instant.ofEpochSecond(step * STEP.toSeconds()), DIGITS).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** What an authenticator app reads from the QR code (Google's Key Uri Format, which they all follow). */
    public static String enrolmentUri(String issuer, String username, String base32Secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
