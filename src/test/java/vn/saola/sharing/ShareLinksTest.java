package vn.saola.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShareLinksTest {

    private final ShareLinks links = ShareLinks.of("https://sct.backan.gov.vn/vi/bai-viet/dien-nang-2030",
            "Điện năng & tăng trưởng: 95%?", "Tóm tắt ngắn.", "Sở Công Thương");

    @Test
    void everyLinkCarriesTheCanonicalAddressEncoded() {
        String url = "https%3A%2F%2Fsct.backan.gov.vn%2Fvi%2Fbai-viet%2Fdien-nang-2030";
        assertEquals("https://www.facebook.com/sharer/sharer.php?u=" + url, links.facebook());
        assertEquals("https://www.linkedin.com/sharing/share-offsite/?url=" + url, links.linkedIn());
        assertEquals("https://twitter.com/intent/tweet?text=%C4%90i%E1%BB%87n%20n%C4%83ng%20%26%20t%C4%83ng%20tr"
                + "%C6%B0%E1%BB%9Fng%3A%2095%25%3F&url=" + url, links.x());
    }

    @Test
    void theEmailHasTheTitleAsSubjectAndTheAddressAndSiteInTheBodyWithSpacesAsPercentTwenty() {
        assertEquals("mailto:?subject=%C4%90i%E1%BB%87n%20n%C4%83ng%20%26%20t%C4%83ng%20tr%C6%B0%E1%BB%9Fng%3A%2095%25%3F"
                + "&body=T%C3%B3m%20t%E1%BA%AFt%20ng%E1%BA%AFn.%0A%0Ahttps%3A%2F%2Fsct.backan.gov.vn%2Fvi%2Fbai-viet%2Fdien-nang-2030"
                + "%0A%0A%E2%80%93%20S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng",
                links.email());
    }

    @Test
    void zaloLeadsToTheAddressOnThePageUntilItsOwnButtonIsAskedFor() {
        assertEquals("#share-address", links.zalo());
        assertEquals("https://sct.backan.gov.vn/vi/bai-viet/dien-nang-2030", links.url());
    }
}
