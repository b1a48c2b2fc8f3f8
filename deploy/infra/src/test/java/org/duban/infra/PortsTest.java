package org.duban.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void shouldHandOutBindablePortsBelowTheEphemeralRangeNeverTwice() throws Exception {
        int low = Ports.ephemeralLow();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Ports.free();
            assertTrue(port >= Ports.LOWEST && port < low, port + " is outside " + Ports.LOWEST + ".." + low);
            assertTrue(seen.add(port), port + " handed out twice");
        }
        int port = Ports.free();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, socket.getLocalPort());
            assertTrue(!Ports.available(port), "a bound port is not available");
        }
    }

    @Test
    void shouldNeverHandOutAPortSomethingListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertTrue(!Ports.available(socket.getLocalPort()));
        }
    }

    @Test
    void shouldMoveEveryFixedPortBelowTheEphemeralRangeByOneOffset() {
        int low = Ports.ephemeralLow();
        int[] fixed = {8080, 8081, 8082, 8083, 5433, 9092};
        for (int i = 0; i < 20; i++) {
            int offset = Ports.freeOffset(fixed);
            for (int port : fixed) {
                int moved = port + offset;
                assertTrue(moved >= Ports.LOWEST && moved < low, moved + " is outside " + Ports.LOWEST + ".." + low);
                assertTrue(Ports.available(moved), moved + " is taken");
            }
        }
    }
}
