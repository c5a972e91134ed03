package vn.saola.cluster;

import vn.saola.search.SearchBehaviour;
import vn.saola.testing.SaolaCluster;

/**
 * The whole Vietnamese search behaviour of one node (diacritics, đ, NFC/NFD, the exact spelling
 * first, words together first, phrases, exclusions, hostile queries), through the load balancer
 * of two nodes whose index is in OpenSearch.
 */
class SearchOnSeveralNodesIT extends SearchBehaviour {

    SearchOnSeveralNodesIT() {
        super(SaolaCluster.get().balancer(), SaolaCluster.get().adminPassword());
    }
}
