package vn.saola.content;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * What the register says of an official document, beside the words and files it has as an
 * {@link Article} of kind {@code DOCUMENT}: its number and symbol, type, issuing body, field,
 * signer, and the dates it was issued, takes effect and (if so) expired.
 */
@Entity
@Table(name = "official_document")
class DocumentRecord {

    static final int SIGNER = 120;

    @Id
    @Column(name = "article_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @MapsId
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(nullable = false, length = DocumentNumbers.MAX_LENGTH)
    private String number;

    @Column(name = "number_key", nullable = false, length = DocumentNumbers.MAX_LENGTH)
    private String numberKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private DocumentTerm type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private DocumentTerm issuer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "field_id")
    private DocumentTerm field;

    @Column(length = SIGNER)
    private String signer;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "expired_on")
    private LocalDate expiredOn;

    protected DocumentRecord() {
    }

    DocumentRecord(Article article) {
        this.article = article;
    }

    void fill(String number, DocumentTerm type, DocumentTerm issuer, DocumentTerm field, String signer,
            LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiredOn) {
        this.number = number;
        this.numberKey = DocumentNumbers.key(number);
        this.type = type;
        this.issuer = issuer;
        this.field = field;
        this.signer = signer;
        this.issuedOn = issuedOn;
        this.effectiveOn = effectiveOn;
        this.expiredOn = expiredOn;
    }

    public String number() {
        return number;
    }

    public String numberKey() {
        return numberKey;
    }

    DocumentFacts facts() {
        return new DocumentFacts(number, type.view(), issuer.view(), field == null ? null : field.view(),
                signer, issuedOn, effectiveOn, expiredOn);
    }
}
