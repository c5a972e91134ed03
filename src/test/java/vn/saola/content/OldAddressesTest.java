package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OldAddressesTest {

    @Test
    void anAddressHasOneKeyHoweverItIsWritten() {
        assertEquals(Optional.of("/2024/02/so-cong-thuong"), OldAddresses.key("/2024/02/so-cong-thuong/", null));
        assertEquals(Optional.of("/2024/02/so-cong-thuong"), OldAddresses.key("/2024/02/so-cong-thuong", "utm_source=zalo"));
        assertEquals(Optional.of("/?p=4"), OldAddresses.key("/", "p=4"));
        assertEquals(Optional.of("/?p=4"), OldAddresses.key("/index.php", "utm_source=x&p=004"));
        assertEquals(Optional.of("/?page_id=3"), OldAddresses.key("/", "page_id=3"));
        assertEquals(Optional.empty(), OldAddresses.key("/", "p=abc"));
        assertEquals(Optional.empty(), OldAddresses.key("/", null));
        assertEquals(Optional.empty(), OldAddresses.key("/" + "a".repeat(1000), null));
    }

    @Test
    void theOldSitesOwnAddressesAreReadUnderItsBase() {
        URI base = URI.create("http://127.0.0.1:8081");
        assertEquals(Optional.of("/gioi-thieu/co-cau-to-chuc"), OldAddresses.keyOf("http://127.0.0.1:8081/gioi-thieu/co-cau-to-chuc/", base));
        assertEquals(Optional.of("/?p=1707"), OldAddresses.keyOf("http://127.0.0.1:8081/?p=1707", base));
        assertEquals(Optional.empty(), OldAddresses.keyOf("https://elsewhere.example/2024/01/x/", base));
        assertEquals(Optional.empty(), OldAddresses.keyOf("not an address", base));
        // A WordPress in a folder: its addresses are kept as the folder's, as Saola answers at the top.
        URI inAFolder = URI.create("http://so.example/tin");
        assertEquals(Optional.of("/2024/01/x"), OldAddresses.keyOf("http://so.example/tin/2024/01/x/", inAFolder));
    }
}
