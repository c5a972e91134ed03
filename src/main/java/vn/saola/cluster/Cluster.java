package vn.saola.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;

/**
 * The nodes Saola runs on, as Payara Micro's data grid (Hazelcast) joins them: this one alone
 * with {@code --nocluster}, several when Payara is clustered; where there is no grid at all
 * ({@code --nohazelcast}, another server) everything here is kept in this JVM. Features use it for what must happen once across all nodes (a lock), what all
 * nodes must see alike (a shared map) and what all must hear ({@link ClusterMessages}).
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    private static final String LOCKS = "saola-locks";
    /** Where Payara publishes its data grid's instance. */
    private static final String GRID_JNDI_NAME = "payara/Hazelcast";

    private HazelcastInstance grid;
    private final Map<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentMap<String, String>> localMaps = new ConcurrentHashMap<>();

    @PostConstruct
    void join() {
        grid = lookUpGrid(GRID_JNDI_NAME);
        if (grid == null) {
            LOG.info("Running as a single node (Payara's data grid is off)");
        } else {
            // With --nocluster Payara still runs the grid, on this node alone: it works the same.
            LOG.info(() -> "Running in a cluster of " + grid.getCluster().getMembers().size()
                    + " node(s) (Payara's data grid); this one is " + nodeName());
        }
    }

    private static HazelcastInstance lookUpGrid(String jndiName) {
        try {
            Object found = new InitialContext().lookup(jndiName);
            if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                return instance;
            }
            return null;
        } catch (NamingException | RuntimeException | LinkageError notThere) {
            return null;
        }
    }

    public boolean isClustered() {
        return grid != null;
    }

    /** This node's name in the grid (its address), or "this node". */
    public String nodeName() {
        return grid == null ? "this node" : grid.getCluster().getLocalMember().getAddress().toString();
    }

    /** How many nodes are in the cluster now. */
    public int size() {
        return grid == null ? 1 : grid.getCluster().getMembers().size();
    }

    /**
     * Runs {@code work} while no other node (nor thread) runs work under the same name. A node
     * that dies holding the lock frees it; so does one that holds it past {@code maxMinutes}.
     */
    public void exclusively(String name, int maxMinutes, Runnable work) {
        if (grid == null) {
            ReentrantLock lock = localLocks.computeIfAbsent(name, n -> new ReentrantLock());
            lock.lock();
            try {
                work.run();
            } finally {
                lock.unlock();
            }
            return;
        }
        var locks = grid.<String, String>getMap(LOCKS);
        locks.lock(name, maxMinutes, TimeUnit.MINUTES);
        try {
            work.run();
        } finally {
            try {
                locks.unlock(name);
            } catch (IllegalMonitorStateException leaseRanOut) {
                LOG.warning(() -> "\"" + name + "\" ran past its " + maxMinutes + " minutes; another node may have started it too");
            }
        }
    }

    /**
     * A map of strings every node sees alike, with atomic {@code putIfAbsent} and
     * {@code replace}: for claims (who runs a job) and for small shared state (a job's progress).
     */
    public ConcurrentMap<String, String> sharedMap(String name) {
        if (grid == null) {
            return localMaps.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
        }
        return grid.getMap("saola-" + name);
    }

    /**
     * The same, where each entry is forgotten {@code timeToLive} after it was last written: for
     * what would otherwise grow without bound (one entry a user name tried, say).
     */
    public ConcurrentMap<String, String> sharedMap(String name, Duration timeToLive) {
        if (grid == null) {
            return localMaps.computeIfAbsent(name, n -> Caffeine.newBuilder().maximumSize(100_000)
                    .expireAfterWrite(timeToLive).<String, String>build().asMap());
        }
        String mapName = "saola-" + name;
        grid.getConfig().addMapConfig(new MapConfig(mapName).setTimeToLiveSeconds((int) timeToLive.toSeconds()));
        return grid.getMap(mapName);
    }

    HazelcastInstance grid() {
        return grid;
    }
}
