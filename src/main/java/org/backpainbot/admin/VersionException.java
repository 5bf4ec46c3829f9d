package org.backpainbot.admin;

/**
 * A version could not be built, stored, opened or passed its checks for a reason other than the content itself
 * (disk trouble, a stored copy changed after it was built, an index that does not hold the content's passages).
 * The live version keeps serving.
 */
class VersionException extends RuntimeException {

    VersionException(String message) {
        super(message);
    }

    VersionException(String message, Throwable cause) {
        super(message, cause);
    }
}
