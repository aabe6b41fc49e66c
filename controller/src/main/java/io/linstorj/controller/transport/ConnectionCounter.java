package io.linstorj.controller.transport;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Counts open client connections in total and per remote address against their limits. Thread-safe. */
final class ConnectionCounter {
    private final int maxTotal;
    private final int maxPerAddress;
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    private int total;

    ConnectionCounter(int maxTotal, int maxPerAddress) {
        this.maxTotal = maxTotal;
        this.maxPerAddress = maxPerAddress;
    }

    /**
     * Counts a new connection from {@code address}, or refuses it.
     *
     * @return empty if admitted (release it later), else why it is refused
     */
    synchronized Optional<String> tryAcquire(InetAddress address) {
        if (total >= maxTotal) {
            return Optional.of("the controller already serves " + total + " client connections (--max-connections "
                    + maxTotal + ")");
        }
        int fromAddress = perAddress.getOrDefault(address, 0);
        if (fromAddress >= maxPerAddress) {
            return Optional.of(fromAddress + " client connections from " + address.getHostAddress()
                    + " are already open (--max-connections-per-address " + maxPerAddress + ")");
        }
        total++;
        perAddress.put(address, fromAddress + 1);
        return Optional.empty();
    }

    /** Forgets one admitted connection from {@code address}. */
    synchronized void release(InetAddress address) {
        Integer fromAddress = perAddress.get(address);
        if (fromAddress == null) {
            return;
        }
        total--;
        if (fromAddress == 1) {
            perAddress.remove(address);
        } else {
            perAddress.put(address, fromAddress - 1);
        }
    }

    /** Admitted connections still open. */
    synchronized int total() {
        return total;
    }
}
