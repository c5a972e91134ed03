package vn.saola.search;

import vn.saola.testing.SaolaServer;

/**
 * Search on one node: the Lucene index in files, a change found as soon as
 * it is committed (within a second: {@code bench/index-latency.sh} measures it).
 */
class SearchIT extends SearchBehaviour {

    static final SaolaServer SERVER = SaolaServer.embedded();

    SearchIT() {
        super(SERVER.base(), SERVER.adminPassword());
    }
}
