package org.backpainbot.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Counts work in flight so that shutdown can wait, with a deadline, until it is done. */
final class Pending {

    private int count;

    synchronized int begin() {
        return ++count;
    }

    synchronized void end() {
        if (--count <= 0) {
            notifyAll();
        }
    }

    /** Waits until nothing is in flight or the timeout passes; returns what is still in flight. */
    synchronized int awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (count > 0 && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return count;
    }
}
