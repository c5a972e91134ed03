package vn.saola.sharing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import vn.saola.content.AttachmentLink;
import vn.saola.content.DocumentFacts;
import vn.saola.content.DocumentView;
import vn.saola.content.SiteIdentity;

/**
 * What an official document's page tells link previews and search engines: Open Graph values, and
 * in JSON-LD a schema.org {@code Legislation} for the types that make law (laws, decrees,
 * resolutions, decisions, directives, circulars), a {@code DigitalDocument} for the rest (plans,
 * notices, official letters), with its number, type, issuer, dates, force and files.
 */
public final class DocumentMetadata {

    private static final JsonProvider JSON = JsonProvider.provider();
    /** The types (by code) that are legal documents under the Law on Promulgation of Legal Documents. */
    private static final Set<String> LEGISLATION = Set.of("luat", "nghi-dinh", "nghi-quyet", "quyet-dinh", "chi-thi", "thong-tu");

    private DocumentMetadata() {
    }

    public static ArticleMetadata of(DocumentView document, String description, String base, SiteIdentity identity,
            ZoneId zone) {
        String publisher = identity.publisher(document.language());
        String url = base + document.url();
        String image = base + (identity.logo() != null ? identity.logo() : ArticleMetadata.DEFAULT_IMAGE);
        List<String> alternates = document.urls().keySet().stream().filter(l -> l != document.language())
                .map(ArticleMetadata::locale).toList();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String published = document.publishedAt() == null ? null : iso.format(document.publishedAt().atZone(zone).withNano(0));
        String modified = document.updatedAt() == null ? published : iso.format(document.updatedAt().atZone(zone).withNano(0));
        DocumentFacts facts = document.facts();
        boolean legislation = facts != null && LEGISLATION.contains(facts.type().code());
        JsonObjectBuilder ld = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", legislation ? "Legislation" : "DigitalDocument")
                .add("name", document.title())
                .add("description", description == null ? "" : description)
                .add("inLanguage", document.language().code())
                .add("url", url)
                .add("mainEntityOfPage", url)
                .add("publisher", JSON.createObjectBuilder().add("@type", "GovernmentOrganization").add("name", publisher));
        if (published != null) {
            ld.add("datePublished", published).add("dateModified", modified);
        }
        String section = null;
        if (facts != null) {
            section = facts.type().name(document.language());
            var issuer = JSON.createObjectBuilder().add("@type", "GovernmentOrganization")
                    .add("name", facts.issuer().name(document.language()));
            if (legislation) {
                ld.add("legislationIdentifier", facts.number())
                        .add("legislationType", section)
                        .add("legislationDate", facts.issuedOn().toString())
                        .add("legislationPassedBy", issuer)
                        .add("legislationJurisdiction", "VN")
                        .add("legislationLegalForce", facts.expiredOn(LocalDate.now(zone)) ? "NoLongerInForce" : "InForce");
                if (facts.effectiveOn() != null) {
                    ld.add("legislationDateOfApplicability", facts.effectiveOn().toString());
                }
            } else {
                ld.add("identifier", facts.number()).add("genre", section).add("dateCreated", facts.issuedOn().toString())
                        .add("creator", issuer);
            }
            if (facts.signer() != null) {
                ld.add("author", JSON.createObjectBuilder().add("@type", "Person").add("name", facts.signer()));
            }
        }
        if (!document.attachments().isEmpty()) {
            var files = JSON.createArrayBuilder();
            for (AttachmentLink file : document.attachments()) {
                files.add(JSON.createObjectBuilder().add("@type", "MediaObject").add("name", file.title())
                        .add("contentUrl", base + file.address()).add("encodingFormat", file.mediaType())
                        .add("contentSize", String.valueOf(file.size())));
            }
            ld.add(legislation ? "encoding" : "associatedMedia", files);
        }
        String signer = facts == null ? null : facts.signer();
        return new ArticleMetadata(document.title(), description, url, image, ArticleMetadata.locale(document.language()),
                alternates, published, modified, section == null ? "" : section, signer,
                ArticleMetadata.scriptSafe(ld.build().toString()));
    }
}
