package se.riksnorm.app.berakning;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The service's version (from the build), shown with every result so it can be reproduced. */
@Singleton
class Tjanstversion {

    private final String version;

    Tjanstversion() {
        Properties egenskaper = new Properties();
        try (InputStream in = Tjanstversion.class.getResourceAsStream("/riksnorm-version.properties")) {
            if (in != null) {
                egenskaper.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.version = egenskaper.getProperty("version", "okänd");
    }

    String version() {
        return version;
    }
}
