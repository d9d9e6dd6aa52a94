package se.riksnorm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the build makes, as the documents name it. */
public final class Bygget {

    private Bygget() {
    }

    /** The jar {@code mvn -B package} makes: {@code target/riksnorm-<the pom's version>.jar}. */
    public static String jar() {
        try {
            Matcher version = Pattern.compile("<artifactId>riksnorm</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(Files.readString(Path.of("pom.xml")));
            if (!version.find()) {
                throw new IllegalStateException("pom.xml: riksnorm's version saknas");
            }
            return "target/riksnorm-" + version.group(1) + ".jar";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
