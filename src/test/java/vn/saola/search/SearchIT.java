package vn.saola.search;

import java.time.Duration;

import vn.saola.testing.SaolaServer;

/** Search on one node: the Lucene index in files, a change found within a second. */
class SearchIT extends SearchBehaviour {

    static final SaolaServer SERVER = SaolaServer.embedded();

    SearchIT() {
        super(SERVER.base(), SERVER.adminPassword(), Duration.ofSeconds(1));
    }
}
