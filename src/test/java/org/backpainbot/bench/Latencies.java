package org.backpainbot.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collected round-trip times of one run and its summary line. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long n) {
        nanos[size++] = n;
    }

    synchronized String summary(String label, long wallNanos, long errors) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        return String.format(Locale.ROOT,
                "%s: %d replies in %.2f s = %.0f msgs/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d",
                label, size, seconds, size / seconds, ms(sorted, 0.50), ms(sorted, 0.99),
                size == 0 ? 0 : sorted[size - 1] / 1e6, errors);
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
