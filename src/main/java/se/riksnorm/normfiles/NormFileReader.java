package se.riksnorm.normfiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.domain.kommun.Berakningsinstallningar;
import se.riksnorm.domain.kommun.Dagberakning;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Regelparametrar;
import se.riksnorm.domain.regler.Tidsserie;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Umgangesregel;

/**
 * Reads a norms directory ({@code norms/}): {@code kallor.yaml}, {@code riksnorm/<ar>.yaml}, {@code kommuner.yaml}
 * (SCB's list of every kommun), {@code kommuner/<id>/kommun.yaml} with {@code kommuner/<id>/<ar>.yaml}, and the law by
 * month in {@code regler/}. Each file is checked against
 * its schema, then against its place (a file named 2023.yaml holds year 2023). A file that fails is
 * reported with every problem found and the others are still read.
 */
public final class NormFileReader {

    private static final String YAML = ".yaml";
    private static final String KOMMUNLISTA = "kommuner.yaml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final NormFileSchemas scheman = new NormFileSchemas();

    public NormFiles las(Path katalog) {
        if (!Files.isDirectory(katalog)) {
            throw new NormFileException(katalog.toString(), "normkatalogen finns inte");
        }
        Path rot = katalog.toAbsolutePath().normalize();
        List<NormFileException> fel = new ArrayList<>();
        Map<String, Kalla> kallor = kallor(rot, rot.resolve("kallor.yaml"));
        Kallauppslag kallLookup = new Kallauppslag(kallor);

        List<NormFile<Riksnorm>> riksnormer = new ArrayList<>();
        for (Path fil : yamlfiler(rot.resolve("riksnorm"))) {
            las(rot, fil, NormFileSchemas.Slag.RIKSNORM, dokument -> {
                Riksnorm riksnorm = RiksnormFileReader.las(dokument, kallLookup);
                kravNamn(fil, riksnorm.ar());
                return riksnorm;
            }, riksnormer, fel);
        }

        List<NormFile<List<Kommun>>> kommunlistan = new ArrayList<>();
        Path listfil = rot.resolve(KOMMUNLISTA);
        if (Files.isRegularFile(listfil)) {
            las(rot, listfil, NormFileSchemas.Slag.KOMMUNLISTA, dokument -> kommunlista(dokument, kallLookup), kommunlistan, fel);
        }
        Map<String, Kommun> listade = new LinkedHashMap<>();
        Map<String, Kommun> listadePerKod = new LinkedHashMap<>();
        kommunlistan.forEach(lista -> lista.innehall().forEach(kommun -> {
            listade.put(kommun.id(), kommun);
            listadePerKod.put(kommun.kod(), kommun);
        }));

        List<NormFile<Kommun>> kommuner = new ArrayList<>();
        Map<String, Umgangesregel> umgangesregler = new LinkedHashMap<>();
        List<NormFile<Fordelning>> fordelningar = new ArrayList<>();
        for (Path kommunkatalog : underkataloger(rot.resolve("kommuner"))) {
            List<NormFile<Kommun>> kommunen = new ArrayList<>();
            las(rot, kommunkatalog.resolve("kommun" + YAML), NormFileSchemas.Slag.KOMMUN, dokument -> {
                Kommun kommun = new Kommun(dokument.get("id").asText(), dokument.get("kod").asText(),
                        dokument.get("namn").asText(), berakningsinstallningar(dokument.get("berakning")));
                if (!kommun.id().equals(kommunkatalog.getFileName().toString())) {
                    throw new IllegalArgumentException("id '" + kommun.id() + "' ska vara katalogens namn '"
                            + kommunkatalog.getFileName() + "'");
                }
                kommun = somIListan(kommun, listade, listadePerKod);
                Umgangesregel umgangesregel = UmgangesregelFileReader.las(dokument);
                if (umgangesregel != null) {
                    umgangesregler.put(kommun.id(), umgangesregel);
                }
                return kommun;
            }, kommunen, fel);
            kommuner.addAll(kommunen);
            for (Path fil : yamlfiler(kommunkatalog)) {
                if (fil.getFileName().toString().equals("kommun" + YAML)) {
                    continue;
                }
                if (kommunen.isEmpty()) {
                    fel.add(new NormFileException(visning(rot, fil), "kommunen i " + visning(rot, kommunkatalog.resolve("kommun" + YAML))
                            + " kunde inte läsas, så inte heller dess fördelningar"));
                    continue;
                }
                Kommun kommun = kommunen.get(0).innehall();
                las(rot, fil, NormFileSchemas.Slag.FORDELNING, dokument -> {
                    if (!kommun.id().equals(dokument.get("kommun").asText())) {
                        throw new IllegalArgumentException("kommun '" + dokument.get("kommun").asText()
                                + "' ska vara katalogens kommun '" + kommun.id() + "'");
                    }
                    Fordelning fordelning = FordelningFileReader.las(dokument, kommun, kallLookup);
                    kravNamn(fil, fordelning.ar());
                    return fordelning;
                }, fordelningar, fel);
            }
        }
        List<String> reglerFiler = new ArrayList<>();
        Regelparametrar regler = regler(rot, kallLookup, fel, reglerFiler);
        return new NormFiles(kallor, kommunlistan.isEmpty() ? null : kommunlistan.get(0), kommuner, riksnormer, fordelningar,
                fel, umgangesregler, regler, reglerFiler);
    }

    /**
     * The law by month from {@code regler/}: both files, or none (a folder without {@code regler/} has no rules,
     * and no month can be calculated). A file that cannot be read is an error and leaves no rules at all: a
     * calculation is never made with half the law.
     */
    private Regelparametrar regler(Path rot, Kallauppslag kallor, List<NormFileException> fel, List<String> lasta) {
        Path katalog = rot.resolve("regler");
        if (!Files.isDirectory(katalog)) {
            return Regelparametrar.tom();
        }
        Path lagrumsfil = katalog.resolve("lagrum" + YAML);
        Path parameterfil = katalog.resolve("parametrar" + YAML);
        List<NormFile<Map<Lagrum, Tidsserie<Lagrumstext>>>> lagrum = new ArrayList<>();
        las(rot, lagrumsfil, NormFileSchemas.Slag.LAGRUM, dokument -> ReglerFileReader.lagrum(dokument, kallor), lagrum, fel);
        if (lagrum.isEmpty()) {
            return Regelparametrar.tom();
        }
        List<NormFile<Regelparametrar>> parametrar = new ArrayList<>();
        las(rot, parameterfil, NormFileSchemas.Slag.PARAMETRAR,
                dokument -> ReglerFileReader.parametrar(dokument, lagrum.get(0).innehall(), kallor), parametrar, fel);
        if (parametrar.isEmpty()) {
            return Regelparametrar.tom();
        }
        lasta.add(lagrum.get(0).fil());
        lasta.add(parametrar.get(0).fil());
        return parametrar.get(0).innehall();
    }

    /** SCB's list: every id, kommunkod and name once; the list's source must be in kallor.yaml. */
    private static List<Kommun> kommunlista(JsonNode dokument, Kallauppslag kallor) {
        kallor.get(dokument.get("kalla").asText(), "kalla");
        List<Kommun> lista = new ArrayList<>();
        Map<String, String> sedda = new LinkedHashMap<>();
        JsonNode poster = dokument.get("kommuner");
        for (int i = 0; i < poster.size(); i++) {
            JsonNode post = poster.get(i);
            Kommun kommun = new Kommun(post.get("id").asText(), post.get("kod").asText(), post.get("namn").asText(),
                    post.get("lan").asText(), Berakningsinstallningar.STANDARD);
            for (String nyckel : List.of("id " + kommun.id(), "kod " + kommun.kod(), "namn " + Kommun.namnnyckel(kommun.namn()))) {
                String tidigare = sedda.putIfAbsent(nyckel, "kommuner[" + i + "]");
                if (tidigare != null) {
                    throw new IllegalArgumentException("kommuner[" + i + "]: " + nyckel + " finns redan i " + tidigare);
                }
            }
            lista.add(kommun);
        }
        return List.copyOf(lista);
    }

    /** A kommun.yaml of a listed kommun must agree with the list, and gets its län; an unlisted one may not take a listed code. */
    private static Kommun somIListan(Kommun kommun, Map<String, Kommun> listade, Map<String, Kommun> listadePerKod) {
        Kommun listad = listade.get(kommun.id());
        if (listad == null) {
            Kommun upptagen = listadePerKod.get(kommun.kod());
            if (upptagen != null) {
                throw new IllegalArgumentException("kod '" + kommun.kod() + "' har " + upptagen.namn() + " (" + upptagen.id()
                        + ") i " + KOMMUNLISTA + ", inte '" + kommun.id() + "'");
            }
            return kommun;
        }
        if (!listad.kod().equals(kommun.kod()) || !listad.namn().equals(kommun.namn())) {
            throw new IllegalArgumentException("kod och namn ska vara som i " + KOMMUNLISTA + ": '" + listad.kod() + "', '"
                    + listad.namn() + "', inte '" + kommun.kod() + "', '" + kommun.namn() + "'");
        }
        return new Kommun(kommun.id(), kommun.kod(), kommun.namn(), listad.lan(), kommun.berakning());
    }

    /** The kommun's choices for calculations; the standard ones where the file makes none. */
    private static Berakningsinstallningar berakningsinstallningar(JsonNode nod) {
        Berakningsinstallningar standard = Berakningsinstallningar.STANDARD;
        if (nod == null) {
            return standard;
        }
        return new Berakningsinstallningar(
                nod.has("aldersbyte") ? Aldersbyte.valueOf(nod.get("aldersbyte").asText().toUpperCase(Locale.ROOT))
                        : standard.aldersbyte(),
                nod.has("dagberakning") ? Dagberakning.valueOf(nod.get("dagberakning").asText().toUpperCase(Locale.ROOT))
                        : standard.dagberakning());
    }

    private Map<String, Kalla> kallor(Path rot, Path fil) {
        JsonNode dokument = dokument(rot, fil, NormFileSchemas.Slag.KALLOR);
        Map<String, Kalla> kallor = new LinkedHashMap<>();
        dokument.get("kallor").fields().forEachRemaining(falt -> {
            JsonNode kalla = falt.getValue();
            kallor.put(falt.getKey(), new Kalla(falt.getKey(), kalla.get("titel").asText(),
                    Tillforlitlighet.valueOf(kalla.get("tillforlitlighet").asText().toUpperCase(Locale.ROOT)),
                    YamlNode.textOrNull(kalla, "referens")));
        });
        return kallor;
    }

    private <T> void las(Path rot, Path fil, NormFileSchemas.Slag slag, Function<JsonNode, T> tolkning,
                         List<NormFile<T>> lasta, List<NormFileException> fel) {
        try {
            JsonNode dokument = dokument(rot, fil, slag);
            lasta.add(new NormFile<>(visning(rot, fil), tolkning.apply(dokument)));
        } catch (NormFileException e) {
            fel.add(e);
        } catch (RuntimeException e) {
            fel.add(new NormFileException(visning(rot, fil), e.getMessage()));
        }
    }

    private JsonNode dokument(Path rot, Path fil, NormFileSchemas.Slag slag) {
        String visning = visning(rot, fil);
        if (!Files.isRegularFile(fil)) {
            throw new NormFileException(visning, "filen saknas");
        }
        JsonNode dokument;
        try {
            dokument = yaml.readTree(fil.toFile());
        } catch (JsonProcessingException e) {
            throw new NormFileException(visning, "inte läsbar YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (rad " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new NormFileException(visning, "kunde inte läsas: " + e.getMessage());
        }
        if (dokument == null || dokument.isMissingNode()) {
            throw new NormFileException(visning, "filen är tom");
        }
        List<String> problem = scheman.problem(slag, dokument);
        if (!problem.isEmpty()) {
            throw new NormFileException(visning, problem);
        }
        return dokument;
    }

    private static void kravNamn(Path fil, int ar) {
        String vantat = ar + YAML;
        if (!fil.getFileName().toString().equals(vantat)) {
            throw new IllegalArgumentException("filen gäller år " + ar + " och ska heta " + vantat);
        }
    }

    private static List<Path> yamlfiler(Path katalog) {
        if (!Files.isDirectory(katalog)) {
            return List.of();
        }
        try (Stream<Path> filer = Files.list(katalog)) {
            return filer.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(YAML)).sorted().toList();
        } catch (IOException e) {
            throw new NormFileException(katalog.toString(), "katalogen kunde inte läsas: " + e.getMessage());
        }
    }

    private static List<Path> underkataloger(Path katalog) {
        if (!Files.isDirectory(katalog)) {
            return List.of();
        }
        try (Stream<Path> kataloger = Files.list(katalog)) {
            return kataloger.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new NormFileException(katalog.toString(), "katalogen kunde inte läsas: " + e.getMessage());
        }
    }

    /** The path people see: relative to the norms directory's parent, with forward slashes. */
    static String visning(Path rot, Path fil) {
        Path bas = rot.getParent() == null ? rot : rot.getParent();
        return bas.relativize(fil.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
