package se.riksnorm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service (target/riksnorm-*.jar) as its own process: started, waited for, killed with SIGKILL.
 * For tests that must see what a real crash leaves behind.
 */
public final class Tjanstprocess implements AutoCloseable {

    public static final String NYCKEL = "test-alla";
    private static final String NYCKEL_SHA256 = "c8d0436b0d6cb2cf72ada82036702c1299c0ea7aa13e905bdbf96e232eb859c4";

    /** The flags the tests start the service with unless told otherwise: a small, quickly started JVM. */
    private static final List<String> TESTFLAGGOR = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path databas;
    private final Path logg;
    private final Map<String, String> miljo;
    private final List<String> jvmFlaggor;
    private final int port;
    private Process process;

    public Tjanstprocess(Path databas, Path logg, Map<String, String> miljo) {
        this(databas, logg, miljo, TESTFLAGGOR);
    }

    /** @param jvmFlaggor the JVM's flags, e.g. the README's (bench/jvm.options) */
    public Tjanstprocess(Path databas, Path logg, Map<String, String> miljo, List<String> jvmFlaggor) {
        this.databas = databas;
        this.logg = logg;
        this.miljo = miljo;
        this.jvmFlaggor = List.copyOf(jvmFlaggor);
        this.port = ledigPort();
    }

    /** The README's JVM flags for a small footprint (bench/jvm.options). */
    public static List<String> readmeFlaggor() {
        try {
            return Files.readAllLines(Path.of("bench/jvm.options")).stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running process's id, for /proc/&lt;pid&gt;/status. */
    public long pid() {
        return process.pid();
    }

    public static Path jar() {
        try (var filer = Files.list(Path.of("target"))) {
            return filer.filter(f -> f.getFileName().toString().matches("riksnorm-[0-9.]+(-SNAPSHOT)?\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the packaged jar is missing: run mvn -B verify (package)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Http start() {
        List<String> kommando = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        kommando.addAll(jvmFlaggor);
        kommando.addAll(List.of(
                // the key this test logs in with: the name is the key, as in application-test.yml
                "-Driksnorm.security.api-keys[0].name=" + NYCKEL,
                "-Driksnorm.security.api-keys[0].sha256=" + NYCKEL_SHA256,
                "-Driksnorm.security.api-keys[0].roles=handlaggare,sakkunnig,beslutsfattare,administrator",
                "-Driksnorm.security.api-keys[0].kommuner=*",
                "-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(kommando).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logg.toFile()));
        builder.environment().put("RIKSNORM_PORT", Integer.toString(port));
        builder.environment().put("RIKSNORM_DATABASE_PATH", databas.toString());
        builder.environment().put("RIKSNORM_NORMS_DIRECTORY", Path.of("norms").toAbsolutePath().toString());
        builder.environment().putAll(miljo);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Http http = new Http(URI.create("http://127.0.0.1:" + port)).som(NYCKEL);
        Instant grans = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(grans)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + logg);
            }
            try {
                if (http.get("/health").status() == 200) {
                    return http;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            sov(100);
        }
        throw new IllegalStateException("the service did not answer within 60 s; see " + logg);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void dodaHart() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, as an orchestrator stops a replica; returns the exit code. */
    public int stoppa() {
        process.destroy();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            dodaHart();
        }
    }

    private static int ledigPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sov(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
