package org.duban.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * An offset that moves every one of {@code fixed} (a suite's fixed ports: 8080–8083, 5433, 9092) to a free loopback
     * port below the ephemeral range, for a suite started with its ports moved ({@code duban.port.offset}). An offset
     * taken anywhere (20,000–40,000) put them in the range, and a tasks-service that bound its port a minute after the
     * offset was chosen found it taken by an outgoing connection (a CI run of 2026-12-03: "Port 40990 seems to be in
     * use"); here every moved port is one {@link #free()} could have handed out.
     *
     * @throws IllegalStateException if 1,000 random tries found no such offset
     */
    public static synchronized int freeOffset(int... fixed) {
        int lowestFixed = Arrays.stream(fixed).min().orElseThrow();
        int highestFixed = Arrays.stream(fixed).max().orElseThrow();
        int below = ephemeralLow();
        if (LOWEST - lowestFixed >= below - highestFixed) {
            throw new IllegalStateException("ports " + lowestFixed + "–" + highestFixed + " cannot all move between " + LOWEST
                    + " and " + below);
        }
        for (int attempt = 0; attempt < 1000; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(LOWEST - lowestFixed, below - highestFixed);
            if (Arrays.stream(fixed).allMatch(p -> !HANDED_OUT.contains(p + offset) && available(p + offset))) {
                Arrays.stream(fixed).forEach(p -> HANDED_OUT.add(p + offset));
                return offset;
            }
        }
        throw new IllegalStateException("no offset moving " + Arrays.toString(fixed) + " to free ports below " + below);
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
