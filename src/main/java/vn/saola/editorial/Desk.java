package vn.saola.editorial;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;

import vn.saola.accounts.CurrentAccount;
import vn.saola.accounts.SaolaAuthentication;
import vn.saola.accounts.SignedIn;
import vn.saola.content.Approvals;
import vn.saola.content.ArticleDraft;
import vn.saola.content.EditorialStatus;
import vn.saola.i18n.Formats;
import vn.saola.i18n.Language;
import vn.saola.i18n.Messages;
import vn.saola.platform.SiteSettings;

/**
 * What every admin page starts with: the role checked on the server (whatever links the page
 * showed), and the frame the layout needs — the account, the admin's language and its formats.
 */
@RequestScoped
public class Desk {

    private static final Logger LOG = Logger.getLogger(Desk.class.getName());

    @Inject
    CurrentAccount account;

    @Inject
    MvcContext mvc;

    @Inject
    Models models;

    @Inject
    SiteSettings settings;

    @Inject
    HttpServletRequest request;

    @Inject
    Approvals approvals;

    /**
     * Opens a page of the admin's {@code section} for the account signed in. Who may open it was
     * decided before (web.xml's security constraints, {@link SaolaAuthentication}); this only frames it.
     */
    public SignedIn open(String section) {
        SignedIn signedIn = account.get().orElseThrow(ForbiddenException::new);
        models.put("account", signedIn);
        models.put("formats", formats());
        models.put("ui", language());
        models.put("section", section);
        if (signedIn.mayPublish()) {
            awaitingApproval();
        }
        String query = request.getQueryString();
        models.put("here", request.getRequestURI() + (query == null || query.length() > 400 ? "" : "?" + query));
        return signedIn;
    }

    /**
     * The number beside the queue in the menu. A page that reports the database's trouble (the
     * search index's) still opens without it.
     */
    private void awaitingApproval() {
        try {
            models.put("awaitingApproval", approvals.awaitingApprovalCount());
        } catch (RuntimeException unreadable) {
            LOG.log(Level.FINE, "The approval queue could not be counted", unreadable);
        }
    }

    /**
     * As {@link #open}, for what only those who publish may do (publish, take down, approve, delete,
     * change what the public already sees): a contributor gets 403, whatever form it posted.
     */
    public SignedIn openForEditors(String section) {
        SignedIn signedIn = open(section);
        if (!signedIn.mayPublish()) {
            throw new ForbiddenException();
        }
        return signedIn;
    }

    /**
     * As {@link #open}, for what an article shares between its languages (its image, files, linked
     * documents, register entry): a contributor may change them only while nothing of it is public.
     */
    public SignedIn openShared(String section, ArticleDraft draft) {
        SignedIn signedIn = open(section);
        if (!mayChangeShared(signedIn, draft)) {
            throw new ForbiddenException();
        }
        return signedIn;
    }

    static boolean mayChangeShared(SignedIn signedIn, ArticleDraft draft) {
        return signedIn.mayPublish() || draft.status() == EditorialStatus.DRAFT;
    }

    /** The name of the account signed in, for the records of what it does (the audit log, the server log). */
    public String who() {
        return account.get().map(SignedIn::username).orElseThrow(ForbiddenException::new);
    }

    /** After this session's own password changed: the session goes on (under a new id), with the new credential. */
    public void keepSignedIn(SignedIn now) {
        request.changeSessionId();
        request.getSession().setAttribute(SignedIn.ATTRIBUTE, now);
    }

    /** The language the admin speaks to this editor. */
    public Language language() {
        return mvc.getLocale() == null ? Language.primary()
                : Language.fromCode(mvc.getLocale().getLanguage()).orElse(Language.primary());
    }

    public Formats formats() {
        return settings.formats(language());
    }

    /** What is wrong with a form, field by field, in this editor's language ({@code problems}: field → message key). */
    public Map<String, String> messages(Map<String, String> problems, Object... args) {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.forEach((field, key) -> messages.put(field, message(key, args)));
        return messages;
    }

    public String message(String key, Object... args) {
        return Messages.get(language(), key, args);
    }
}
