package se.riksnorm.storage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A failure of the database that is not the request's fault and not a bug: what it means for the caller.
 * Read from the SQLException at the bottom of a failed write (SQLite result codes, PostgreSQL SQLSTATE),
 * so the web layer answers 503 or 409 with a clear message instead of an internal error (docs/adr/0141).
 */
public enum Lagringsfel {

    /** The write lock could not be had within the busy timeout, or no connection was free: try again soon. */
    UPPTAGEN(true),
    /** The disk (or the database's configured size) is full: writes fail until space is freed. */
    FULL(true),
    /** The database is read-only (file permissions, a PostgreSQL standby): writes fail until it is writable. */
    SKRIVSKYDDAD(true),
    /** The database could not be reached. */
    OTILLGANGLIG(true),
    /** Another write got there first (a unique key, a serialization failure): the request lost a race. */
    KONFLIKT(false);

    private final boolean tillfalligt;

    Lagringsfel(boolean tillfalligt) {
        this.tillfalligt = tillfalligt;
    }

    /** Whether the same request may succeed later without change (503 with Retry-After), rather than 409. */
    public boolean tillfalligt() {
        return tillfalligt;
    }

    /** Whether the fault lasts until an operator acts (space freed, write access restored): readiness goes DOWN. */
    public boolean bestaende() {
        return this == FULL || this == SKRIVSKYDDAD;
    }

    /** The failure the exception (or one of its causes) reports, if it is one of these. */
    public static Optional<Lagringsfel> av(Throwable fel) {
        for (Throwable t = fel; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<Lagringsfel> typ = t instanceof SQLException sql ? avSql(sql) : Optional.empty();
            if (typ.isPresent()) {
                return typ;
            }
        }
        return Optional.empty();
    }

    private static Optional<Lagringsfel> avSql(SQLException fel) {
        if (fel instanceof SQLiteException sqlite) {
            return sqlite(sqlite.getResultCode());
        }
        if (fel instanceof SQLTransientConnectionException) {
            return Optional.of(UPPTAGEN); // Hikari: no connection free within its timeout
        }
        String tillstand = fel.getSQLState();
        if (tillstand == null) {
            return Optional.empty();
        }
        if (tillstand.equals("53100")) {
            return Optional.of(FULL); // disk_full
        }
        if (tillstand.equals("25006")) {
            return Optional.of(SKRIVSKYDDAD); // read_only_sql_transaction: a standby, or default_transaction_read_only
        }
        if (tillstand.equals("23505") || tillstand.equals("40001") || tillstand.equals("40P01")) {
            return Optional.of(KONFLIKT); // unique_violation, serialization_failure, deadlock_detected
        }
        if (tillstand.equals("55P03") || tillstand.startsWith("53")) {
            return Optional.of(UPPTAGEN); // lock_not_available, insufficient_resources (too many connections …)
        }
        if (tillstand.startsWith("08") || tillstand.equals("57P01") || tillstand.equals("57P03")) {
            return Optional.of(OTILLGANGLIG); // connection exceptions, admin_shutdown, cannot_connect_now
        }
        return Optional.empty();
    }

    private static Optional<Lagringsfel> sqlite(SQLiteErrorCode kod) {
        if (kod == null) {
            return Optional.empty();
        }
        // the extended codes (SQLITE_BUSY_SNAPSHOT = 517 …) carry their primary code in the low byte
        return switch (kod.code & 0xff) {
            case 5, 6 -> Optional.of(UPPTAGEN);          // SQLITE_BUSY, SQLITE_LOCKED
            case 13 -> Optional.of(FULL);                // SQLITE_FULL: the disk, or max_page_count
            case 8 -> Optional.of(SKRIVSKYDDAD);         // SQLITE_READONLY
            case 10 -> Optional.of(OTILLGANGLIG);        // SQLITE_IOERR (ENOSPC itself is reported as SQLITE_FULL)
            case 14 -> Optional.of(OTILLGANGLIG);        // SQLITE_CANTOPEN
            case 19 -> unik(kod);                        // SQLITE_CONSTRAINT: only a unique key is a lost race
            default -> Optional.empty();
        };
    }

    private static Optional<Lagringsfel> unik(SQLiteErrorCode kod) {
        return kod == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY || kod == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                ? Optional.of(KONFLIKT) : Optional.empty();
    }
}
