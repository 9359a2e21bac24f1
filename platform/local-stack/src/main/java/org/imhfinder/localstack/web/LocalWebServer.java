package org.imhfinder.localstack.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Local websites for the demo and the tests: each {@link Site} on its own port of 127.0.0.1,
 * serving files from a folder or the classpath. Nothing here reaches the network.
 */
public final class LocalWebServer implements AutoCloseable {
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Clock clock;

    public LocalWebServer() {
        this(Clock.systemUTC());
    }

    public LocalWebServer(Clock clock) {
        this.clock = clock;
    }

    /** Serves a site on a free port. */
    public Site serve(String name, SiteContent content) {
        return serve(name, content, 0);
    }

    /** Serves a site on the given port (0: any free port). */
    public synchronized Site serve(String name, SiteContent content, int port) {
        if (sites.containsKey(name)) {
            throw new IllegalArgumentException("a site named " + name + " is already served");
        }
        try {
            Site site = new Site(name, content, port, clock);
            sites.put(name, site);
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve site " + name + " on port " + port, e);
        }
    }

    public synchronized Site site(String name) {
        Site site = sites.get(name);
        if (site == null) {
            throw new IllegalArgumentException("no site named " + name);
        }
        return site;
    }

    public synchronized Collection<Site> sites() {
        return java.util.List.copyOf(sites.values());
    }

    @Override
    public synchronized void close() {
        sites.values().forEach(Site::stop);
        sites.clear();
    }
}
