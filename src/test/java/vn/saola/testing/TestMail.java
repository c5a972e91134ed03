package vn.saola.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP sink (GreenMail) for the test run, started once: the shared server sends its mail
 * here, and tests read what arrived for an address.
 */
public final class TestMail {

    private static TestMail running;

    private final GreenMail mail;

    private TestMail(GreenMail mail) {
        this.mail = mail;
    }

    public static synchronized TestMail get() {
        if (running == null) {
            GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            mail.start();
            running = new TestMail(mail);
            Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "stop-test-mail"));
        }
        return running;
    }

    /** The settings that send a server's mail here. */
    public Map<String, String> saolaSettings() {
        return Map.of("SAOLA_MAIL_HOST", "127.0.0.1", "SAOLA_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()),
                "SAOLA_MAIL_FROM", "saola@so-congthuong.test");
    }

    /** One message received for {@code address}, as subject and text. */
    public record Received(String subject, String text) {
    }

    /** The messages received for {@code address} so far. */
    public List<Received> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> addressedTo(message, address))
                .map(TestMail::received).toList();
    }

    /** Waits (within {@code within}) until {@code count} messages were received for {@code address}. */
    public List<Received> await(String address, int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        List<Received> received = to(address);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            SaolaServer.pause(100);
            received = to(address);
        }
        return received;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received received(MimeMessage message) {
        try {
            return new Received(message.getSubject(), ((String) message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
