package vn.saola.notifications;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.platform.BackgroundWork;

/**
 * Sends plain-text mail through the SMTP server the settings name ({@code saola.mail.*}), and
 * nothing at all while {@code saola.mail.host} is empty, the default. Mail goes out in the
 * background: a slow or refusing server is logged, and never felt by the editor who approved.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final String TIMEOUT_MILLIS = String.valueOf(Duration.ofSeconds(20).toMillis());

    @Inject
    @ConfigProperty(name = "saola.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "saola.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "saola.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "saola.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "saola.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "saola.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    BackgroundWork background;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> enabled() ? "E-mail notifications on, through " + host.orElseThrow() + ":" + port
                : "E-mail notifications off (saola.mail.host / SAOLA_MAIL_HOST is empty)");
    }

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one message to each of {@code to}, later; nothing when mail is off or nobody is to be told. */
    public void send(List<String> to, String subject, String text) {
        if (!enabled() || to.isEmpty()) {
            return;
        }
        background.after(Duration.ZERO, "an e-mail", () -> to.forEach(address -> deliver(address, subject, text)));
    }

    private void deliver(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from.orElse("saola@" + host.orElseThrow())));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.fine(() -> "Mail \"" + subject + "\" sent to " + to);
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Mail \"" + subject + "\" to " + to + " could not be sent: " + failed, failed);
        }
    }

    private Session session() {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", host.orElseThrow());
        settings.put("mail.smtp.port", String.valueOf(port));
        settings.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        settings.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        settings.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        settings.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        settings.put("mail.smtp.starttls.required", String.valueOf(starttls));
        if (username.filter(u -> !u.isBlank()).isEmpty()) {
            return Session.getInstance(settings);
        }
        settings.put("mail.smtp.auth", "true");
        return Session.getInstance(settings, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.orElseThrow(), password.orElse(""));
            }
        });
    }
}
