package org.duban.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for the embedded servers and the tests' stand-ins.
 *
 * <p>A port is chosen <em>below</em> the kernel's ephemeral range ({@code /proc/sys/net/ipv4/ip_local_port_range},
 * 32768–60999 on Linux), never from it: a port the kernel hands out for {@code bind(0)} is free only until the
 * moment it is handed out again — to any outgoing connection (a Kafka client, a JDBC pool) opened between choosing
 * the port and binding it. A CI run once lost a test that way (the dashboard test's stand-in upstream: "Address
 * already in use"). Ports below the range are never given to outgoing connections, so the only other takers are
 * listeners, which {@link #available(int)} sees.
 */
public final class Ports {
    /** The lowest port handed out: above the well-known and most registered service ports in use on a workstation. */
    static final int LOWEST = 20000;

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

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
     * A loopback port nothing listens on, below the ephemeral range and never one this JVM handed out before (two
     * takers in one JVM — a Kafka broker's broker and controller listeners — must not get the same one).
     *
     * @throws IllegalStateException if 1,000 random tries found no such port
     */
    public static synchronized int free() {
        int below = ephemeralLow();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && available(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port between " + LOWEST + " and " + below);
    }

    /** The first port of the kernel's ephemeral range; 32768 (Linux's default) where the kernel does not say. */
    static int ephemeralLow() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low > LOWEST + 1000 ? low : 32768;
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }
}
