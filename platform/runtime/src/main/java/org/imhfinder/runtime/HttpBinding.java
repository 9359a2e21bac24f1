package org.imhfinder.runtime;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.impl.TCPServerBase;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;

/**
 * The address of a process's HTTP server ({@code IMH_HTTP_HOST}:{@code IMH_HTTP_PORT}): checked
 * before anything starts, and verified bound once Camel has started. Camel's HTTP server only
 * logs a failed bind and starts without it; a process with no {@code /health} and no API must not
 * pass for a running one, so either failure is a configuration error (exit code 2) that says why.
 */
public final class HttpBinding {
    private HttpBinding() {
    }

    /** Fails with the reason when this process could not bind the configured address now. */
    public static void checkBindable(Settings settings) {
        String host = settings.get(ConfigKeys.HTTP_HOST);
        int port = settings.get(ConfigKeys.HTTP_PORT);
        String problem = whyNotBindable(host, port);
        if (problem != null) {
            throw new ConfigException(problem);
        }
    }

    /** Fails with the reason when Camel's HTTP server did not bind (it only logs that). */
    static void verifyBound(CamelContext camel, Settings settings) {
        VertxPlatformHttpServer server = camel.hasService(VertxPlatformHttpServer.class);
        if (server == null || !listening(server.getServer())) {
            String host = settings.get(ConfigKeys.HTTP_HOST);
            int port = settings.get(ConfigKeys.HTTP_PORT);
            String why = whyNotBindable(host, port);
            throw new ConfigException(why != null ? why : "the HTTP server did not bind " + host + ":" + port
                    + " (" + ConfigKeys.HTTP_HOST.envName() + ":" + ConfigKeys.HTTP_PORT.envName() + "); see the log above");
        }
    }

    /**
     * Whether the server listens: Vert.x keeps the requested port as {@code actualPort} even when
     * the bind failed, and says it only through its server's {@code isListening}.
     */
    private static boolean listening(HttpServer server) {
        if (server == null) {
            return false;
        }
        return server instanceof TCPServerBase tcp ? tcp.isListening() : server.actualPort() > 0;
    }

    /** The port the HTTP server listens on (the configured one, or the one chosen for port 0); -1 when none. */
    static int boundPort(CamelContext camel) {
        VertxPlatformHttpServer server = camel.hasService(VertxPlatformHttpServer.class);
        return server == null || !listening(server.getServer()) ? -1 : server.getServer().actualPort();
    }

    /** Why {@code host:port} cannot be bound now, naming the setting to change; null when it can. */
    static String whyNotBindable(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return ConfigKeys.HTTP_HOST.envName() + " " + host + " is not a host name or address this machine can resolve";
        }
        // the same socket option the HTTP server binds with: a port in TIME_WAIT after a restart is no conflict
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port), 1);
            return null;
        } catch (BindException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("in use")) {
                return ConfigKeys.HTTP_PORT.envName() + " " + port + " is taken on " + host
                        + ": another process listens there (stop it, or choose another port with "
                        + ConfigKeys.HTTP_PORT.envName() + ")";
            }
            return ConfigKeys.HTTP_HOST.envName() + " " + host + " cannot be bound on this machine (" + reason
                    + "): use an address of one of its interfaces, 127.0.0.1 or 0.0.0.0";
        } catch (IOException | SecurityException e) {
            return "cannot bind " + host + ":" + port + " (" + ConfigKeys.HTTP_HOST.envName() + ", "
                    + ConfigKeys.HTTP_PORT.envName() + "): " + e.getMessage();
        }
    }
}
