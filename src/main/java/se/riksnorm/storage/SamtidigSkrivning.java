package se.riksnorm.storage;

/**
 * Two writes raced for the same thing (a new version of the same kommun's table and year) and this one lost: the
 * database's own constraint or version check refused it, and nothing was written. Answered 409, never 500.
 */
public class SamtidigSkrivning extends RuntimeException {

    public SamtidigSkrivning(String detalj) {
        super(detalj, null, false, false);
    }
}
