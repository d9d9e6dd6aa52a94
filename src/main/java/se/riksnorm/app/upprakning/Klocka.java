package se.riksnorm.app.upprakning;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** When a change happens, for the history; one place, so a test can see the time without waiting on it. */
@Singleton
public class Klocka {

    private final Clock clock = Clock.systemUTC();

    public Instant nu() {
        return clock.instant();
    }
}
