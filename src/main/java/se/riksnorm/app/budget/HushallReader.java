package se.riksnorm.app.budget;

import java.io.Closeable;

/** A caseload read household by household as the upload arrives, so that nothing of it is held in memory. */
public interface HushallReader extends Closeable {

    /** The next household or its errors, or {@code null} at the end of the upload. */
    Hushallsrad nasta();

    /** Rows read so far (CSV rows after the header, or NDJSON lines). */
    long rader();

    @Override
    void close();
}
