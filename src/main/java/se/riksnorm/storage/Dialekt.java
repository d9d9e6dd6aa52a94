package se.riksnorm.storage;

/** The database the service runs on: {@code riksnorm.database.dialect}, sqlite (default) or postgres. */
final class Dialekt {

    static final String EGENSKAP = "riksnorm.database.dialect";
    static final String SQLITE = "sqlite";
    static final String POSTGRES = "postgres";

    private Dialekt() {
    }
}
