package vn.saola.notifications;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.saola.accounts.AccountService;
import vn.saola.content.ReviewStep;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/**
 * Tells people of approval by e-mail, when mail is on: the editors and administrators with an
 * address, of what a contributor sent; the author, of their text approved or returned (with the
 * editor's note). In the site's first language, as the board works in it.
 */
@ApplicationScoped
class ApprovalMail {

    @Inject
    Mailer mailer;

    @Inject
    AccountService accounts;

    @Inject
    SiteSettings settings;

    void on(@Observes ReviewStep step) {
        if (!mailer.enabled()) {
            return;
        }
        Language language = Language.primary();
        String languageName = Messages.get(language, "admin.lang." + step.language().code());
        switch (step.kind()) {
            case SUBMITTED -> mailer.send(accounts.approversEmails(step.author()),
                    Messages.get(language, "mail.submitted.subject", step.title()),
                    Messages.get(language, "mail.submitted.body", step.author(), step.title(), languageName,
                            address("/admin/review/" + step.articleId() + "/" + step.language().code())));
            case APPROVED -> mailer.send(author(step), Messages.get(language, "mail.approved.subject", step.title()),
                    Messages.get(language, "mail.approved.body", step.by(), step.title(), languageName,
                            address("/admin/articles/" + step.articleId() + "/" + step.language().code())));
            case RETURNED -> mailer.send(author(step), Messages.get(language, "mail.returned.subject", step.title()),
                    Messages.get(language, "mail.returned.body", step.by(), step.title(), languageName, step.note(),
                            address("/admin/articles/" + step.articleId() + "/" + step.language().code())));
        }
    }

    private List<String> author(ReviewStep step) {
        return step.author() == null || step.author().equals(step.by()) ? List.of()
                : accounts.emailOf(step.author()).stream().filter(address -> address != null).toList();
    }

    /** The admin's page, whole where the site's public address is set. */
    private String address(String path) {
        return settings.publicUrl() + path;
    }
}
