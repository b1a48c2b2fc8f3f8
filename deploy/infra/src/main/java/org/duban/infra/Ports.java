package org.duban.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports for the embedded servers. */
public final class Ports {
    private Ports() {}

    /** True if nothing listens on the loopback port (it can be bound now). */
    public static boolean available(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A loopback port nothing listens on, never one this JVM handed out before: the kernel may offer the same
     * ephemeral port twice in a row while the first taker has not bound it yet (a Kafka broker once got the same port
     * for its broker and controller listeners and refused to format its storage).
     */
    public static synchronized int free() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free loopback port", e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no loopback port this JVM has not handed out already");
    }

    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();
}
