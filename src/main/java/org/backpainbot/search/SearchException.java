package org.backpainbot.search;

/** The index could not be built, opened or read: I/O trouble translated once, at the search package's boundary. */
public class SearchException extends RuntimeException {

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchException(String message) {
        super(message);
    }
}
