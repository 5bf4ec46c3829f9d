package org.backpainbot.admin;

/** A reindex or rollback that cannot run now: another is running, or there is nothing to roll back to. */
class MaintenanceConflictException extends RuntimeException {

    MaintenanceConflictException(String message) {
        super(message);
    }
}
