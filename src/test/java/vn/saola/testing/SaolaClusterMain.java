package vn.saola.testing;

/**
 * Starts the several-nodes rig of the tests ({@link SaolaCluster}) and keeps it running, for the
 * benchmarks (bench/cluster.sh): prints where the balancer, the nodes and OpenSearch listen, and
 * each node's process id, then waits until it is stopped.
 */
public final class SaolaClusterMain {

    private SaolaClusterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        SaolaCluster cluster = SaolaCluster.start(size);
        System.out.println("balancer=" + cluster.balancer());
        for (int i = 0; i < size; i++) {
            System.out.println("node" + i + "=" + cluster.node(i).base() + " pid=" + cluster.node(i).pid());
        }
        System.out.println("opensearch=" + cluster.openSearch());
        System.out.println("admin-password=" + cluster.adminPassword());
        System.out.println("ready");
        Thread.currentThread().join();
    }
}
