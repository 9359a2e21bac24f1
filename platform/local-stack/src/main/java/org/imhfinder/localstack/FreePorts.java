package org.imhfinder.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on 127.0.0.1, for processes that need a port number before they bind it. */
public final class FreePorts {
    private FreePorts() {
    }

    /** {@code wanted} itself when it is not 0, else a port the system reports free. */
    public static int pick(int wanted) {
        if (wanted != 0) {
            return wanted;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /**
     * True when something listens on the port. A connection to a free port in the ephemeral range
     * can, rarely, be given that very port as its own and connect to itself (TCP simultaneous
     * open): that is no listener.
     */
    public static boolean inUse(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return socket.getLocalPort() != port;
        } catch (IOException e) {
            return false;
        }
    }
}
