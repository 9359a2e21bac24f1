package org.imhfinder.ingest.share;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.imhfinder.config.ConfigException;
import org.imhfinder.sources.SourceDefinition;

/**
 * Which ingest instance crawls which sources when several share them. Sources that share a host
 * go to the same instance (per-host politeness is kept by the one instance that owns the host),
 * and the groups of hosts are spread so that each instance gets about as many hosts as the
 * others. The assignment is a function of the sources file and the number of instances only, so
 * every instance computes the same one without talking to the others; there is never a moment
 * when two instances own a host, as there would be while a consumer group rebalances.
 */
public final class HostShares {
    private final int instance;
    private final int instances;
    private final Map<String, Integer> ownerBySource;

    private HostShares(int instance, int instances, Map<String, Integer> ownerBySource) {
        this.instance = instance;
        this.instances = instances;
        this.ownerBySource = ownerBySource;
    }

    /** Everything crawled by the one instance there is. */
    public static HostShares single(Collection<SourceDefinition> sources) {
        return of(sources, 1, 0);
    }

    public static HostShares of(Collection<SourceDefinition> sources, int instances, int instance) {
        if (instances < 1 || instance < 0 || instance >= instances) {
            throw new ConfigException("IMH_INGEST_INSTANCE must be between 0 and IMH_INGEST_INSTANCES - 1 ("
                    + (instances - 1) + "), not " + instance);
        }
        Map<String, Integer> owners = new LinkedHashMap<>();
        int[] load = new int[instances];
        for (List<SourceDefinition> group : groupsSharingHosts(sources)) {
            int least = 0;
            for (int i = 1; i < instances; i++) {
                if (load[i] < load[least]) {
                    least = i;
                }
            }
            load[least] += hosts(group).size();
            for (SourceDefinition source : group) {
                owners.put(source.id(), least);
            }
        }
        return new HostShares(instance, instances, owners);
    }

    public int instance() {
        return instance;
    }

    public int instances() {
        return instances;
    }

    /** True when more than one instance shares the sources. */
    public boolean shared() {
        return instances > 1;
    }

    public boolean owns(String sourceId) {
        Integer owner = ownerBySource.get(sourceId);
        return owner != null && owner == instance;
    }

    /** The instances that own any of these sources, ascending (unknown sources have none). */
    public List<Integer> ownersOf(Collection<String> sourceIds) {
        TreeSet<Integer> owners = new TreeSet<>();
        for (String id : sourceIds) {
            Integer owner = ownerBySource.get(id);
            if (owner != null) {
                owners.add(owner);
            }
        }
        return List.copyOf(owners);
    }

    /** The sources this instance crawls, in the given order. */
    public List<SourceDefinition> mine(Collection<SourceDefinition> sources) {
        return sources.stream().filter(s -> owns(s.id())).toList();
    }

    /**
     * Sources joined by the hosts they share, largest groups (by hosts) first, then by their
     * first host: the order in which the groups are handed out.
     */
    static List<List<SourceDefinition>> groupsSharingHosts(Collection<SourceDefinition> sources) {
        Map<String, String> parent = new HashMap<>();
        for (SourceDefinition source : sources) {
            List<String> hosts = List.copyOf(hosts(List.of(source)));
            hosts.forEach(h -> parent.putIfAbsent(h, h));
            for (int i = 1; i < hosts.size(); i++) {
                union(parent, hosts.get(0), hosts.get(i));
            }
        }
        Map<String, List<SourceDefinition>> byRoot = new TreeMap<>();
        for (SourceDefinition source : sources) {
            TreeSet<String> hosts = hosts(List.of(source));
            String root = hosts.isEmpty() ? "\u0000" + source.id() : find(parent, hosts.first());
            byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(source);
        }
        List<List<SourceDefinition>> groups = new ArrayList<>(byRoot.values());
        groups.sort(Comparator.<List<SourceDefinition>>comparingInt(g -> -hosts(g).size())
                .thenComparing(g -> hosts(g).isEmpty() ? g.get(0).id() : hosts(g).first()));
        return groups;
    }

    /** The authorities a group's crawl may send requests to: its allowed hosts and its seeds' hosts. */
    static TreeSet<String> hosts(List<SourceDefinition> group) {
        TreeSet<String> hosts = new TreeSet<>();
        for (SourceDefinition source : group) {
            hosts.addAll(source.allowedHosts());
            for (URI seed : source.seeds()) {
                hosts.add(SourceDefinition.authorityOf(seed));
            }
        }
        return hosts;
    }

    private static String find(Map<String, String> parent, String host) {
        String root = host;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(host, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller name roots the group, so the result does not depend on the sources' order
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
