package vn.saola.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.saola.i18n.Language;

/** The site's identity in one language (see {@link SiteIdentity.Text}). */
@Entity
@Table(name = "site_identity_text")
public class IdentityText {

    /** The language's code: an identifier gets no attribute converter. */
    @Id
    @Column(name = "lang", length = 2)
    private String language;

    @Column(name = "site_name", nullable = false, length = SiteIdentity.Text.SITE_NAME)
    private String siteName;

    @Column(name = "agency_name", nullable = false, length = SiteIdentity.Text.AGENCY_NAME)
    private String agencyName;

    @Column(nullable = false, length = SiteIdentity.Text.ADDRESS)
    private String address;

    @Column(nullable = false, length = SiteIdentity.Text.TELEPHONE)
    private String telephone;

    @Column(nullable = false, length = SiteIdentity.Text.TELEPHONE)
    private String fax;

    @Column(nullable = false, length = SiteIdentity.Text.EMAIL)
    private String email;

    @Column(nullable = false, length = SiteIdentity.Text.RESPONSIBLE)
    private String responsible;

    @Column(nullable = false, length = SiteIdentity.Text.LICENCE)
    private String licence;

    @Column(nullable = false, length = SiteIdentity.Text.FOOTER)
    private String footer;

    protected IdentityText() {
    }

    IdentityText(Language language) {
        this.language = language.code();
    }

    Language language() {
        return Language.fromCode(language).orElseThrow(() -> new IllegalStateException("Unknown language " + language));
    }

    void write(SiteIdentity.Text text) {
        siteName = text.siteName();
        agencyName = text.agencyName();
        address = text.address();
        telephone = text.telephone();
        fax = text.fax();
        email = text.email();
        responsible = text.responsible();
        licence = text.licence();
        footer = text.footer();
    }

    SiteIdentity.Text read() {
        return new SiteIdentity.Text(siteName, agencyName, address, telephone, fax, email, responsible, licence, footer);
    }
}
