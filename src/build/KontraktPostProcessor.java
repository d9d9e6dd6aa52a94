import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Two things of the contract that Micronaut OpenAPI (6.20) cannot write, written into the spec it generated, before the
 * build copies it to openapi/ (pom.xml, docs/adr/0019). Run by the build with the project's classpath:
 * {@code java KontraktPostProcessor.java <spec.yml> <classes dir>}.
 * <ul>
 * <li>A nullable reference: the generator writes {@code nullable} + {@code allOf: [$ref]}, which lets no null through
 * (OpenAPI 3.0.3: nullable adds null only beside a type in the same schema). It becomes {@code oneOf: [$ref, Ingenting]},
 * Ingenting being the schema whose only value is null.</li>
 * <li>An operation open to anyone ({@code @Secured(IS_ANONYMOUS)}) gets {@code security: []}, so it does not inherit the
 * document's login; the generator drops an empty {@code @SecurityRequirements}. Read from the compiled controllers.
 * Every other operation gets its 401 and 403 answers.</li>
 * <li>Every 4xx and 5xx answer is the service's problem (application/problem+json, schema Problem), so a controller's
 * {@code @ApiResponse} names only the status and what it means (docs/adr/0149).</li>
 * </ul>
 * Idempotent: a spec written by it is written again unchanged.
 */
public class KontraktPostProcessor {

    private static final String INGENTING = "Ingenting";
    private static final String REF_INGENTING = "#/components/schemas/" + INGENTING;
    private static final String ANONYM = "isAnonymous()";
    private static final Set<String> HTTP_METODER = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    public static void main(String[] args) throws Exception {
        Path spec = Path.of(args[0]);
        Path klasser = Path.of(args[1]);
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
        ObjectNode rot = (ObjectNode) yaml.readTree(spec.toFile());

        int nullbara = nullbaraReferenser(rot);
        if (nullbara > 0 || rot.at("/components/schemas/" + INGENTING).isMissingNode()) {
            ObjectNode ingenting = JsonNodeFactory.instance.objectNode();
            ingenting.put("type", "object");
            ingenting.put("description", "inget värde (null)");
            ingenting.put("nullable", true);
            ingenting.putArray("enum").addNull();
            ObjectNode scheman = rot.withObject("/components/schemas");
            scheman.set(INGENTING, ingenting);
            sortera(scheman);
        }

        Set<String> oppna = oppnaOperationer(klasser);
        Set<String> hittade = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> vagar = rot.path("paths").fields(); vagar.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = vagar.next().getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!HTTP_METODER.contains(op.getKey())) {
                    continue;
                }
                ObjectNode operation = (ObjectNode) op.getValue();
                felsvarSomProblem(operation.withObject("/responses"));
                if (oppna.contains(operation.path("operationId").asText())) {
                    operation.putArray("security");
                    hittade.add(operation.path("operationId").asText());
                } else {
                    inloggningssvar(operation.withObject("/responses"));
                }
            }
        }
        if (!hittade.equals(oppna)) {
            throw new IllegalStateException("open operations not in the spec: " + oppna + " vs " + hittade);
        }
        Files.writeString(spec, yaml.writeValueAsString(rot));
        System.out.println("KontraktPostProcessor: " + nullbara + " nullable references as oneOf, security: [] on " + oppna);
    }

    /**
     * An operation that needs a login answers 401 without one and 403 without the role or the kommun (the security
     * filter, docs/adr/0040, 0052), both as problem+json; an operation's own 403 text is kept.
     */
    private static void inloggningssvar(ObjectNode svar) {
        if (!svar.has("401")) {
            svar.set("401", problemsvar("Ingen inloggning, eller en ogiltig API-nyckel eller token"));
        }
        if (!svar.has("403")) {
            svar.set("403", problemsvar("Inloggningen har inte rollen, eller agerar inte för kommunen"));
        }
        sortera(svar);
    }

    /** An error answer declared without a body gets the problem's (no controller declares another for an error). */
    private static void felsvarSomProblem(ObjectNode svar) {
        for (Iterator<Map.Entry<String, JsonNode>> koder = svar.fields(); koder.hasNext(); ) {
            Map.Entry<String, JsonNode> kod = koder.next();
            if (kod.getKey().matches("[45]\\d\\d") && !kod.getValue().has("content")) {
                ((ObjectNode) kod.getValue()).setAll(problemsvar(kod.getValue().path("description").asText()));
            }
        }
    }

    private static ObjectNode problemsvar(String beskrivning) {
        ObjectNode svar = JsonNodeFactory.instance.objectNode();
        svar.put("description", beskrivning);
        svar.withObject("/content/application~1problem+json/schema").put("$ref", "#/components/schemas/Problem");
        return svar;
    }

    /** Every {@code nullable} + {@code allOf} of one reference (and perhaps a bare {@code type: object}) becomes oneOf. */
    private static int nullbaraReferenser(JsonNode nod) {
        int antal = 0;
        if (nod instanceof ObjectNode objekt) {
            JsonNode allOf = objekt.path("allOf");
            if (objekt.path("nullable").asBoolean(false) && allOf instanceof ArrayNode delar) {
                List<JsonNode> referenser = new ArrayList<>();
                boolean baraTyp = true;
                for (JsonNode del : delar) {
                    if (del.has("$ref") && del.size() == 1) {
                        referenser.add(del);
                    } else if (!(del.size() == 1 && "object".equals(del.path("type").asText()))) {
                        baraTyp = false;
                    }
                }
                if (referenser.size() == 1 && baraTyp) {
                    objekt.remove(List.of("type", "nullable", "allOf"));
                    ArrayNode oneOf = objekt.putArray("oneOf");
                    oneOf.add(referenser.get(0));
                    oneOf.addObject().put("$ref", REF_INGENTING);
                    antal++;
                }
            }
            for (JsonNode barn : objekt) {
                antal += nullbaraReferenser(barn);
            }
        } else if (nod instanceof ArrayNode lista) {
            for (JsonNode barn : lista) {
                antal += nullbaraReferenser(barn);
            }
        }
        return antal;
    }

    /** The keys in order (schemas by name, responses by code), as the generator writes them. */
    private static void sortera(ObjectNode objekt) {
        List<String> namn = new ArrayList<>();
        objekt.fieldNames().forEachRemaining(namn::add);
        List<String> sorterade = new ArrayList<>(namn);
        sorterade.sort(null);
        if (!sorterade.equals(namn)) {
            Map<String, JsonNode> kopia = new LinkedHashMap<>();
            sorterade.forEach(n -> kopia.put(n, objekt.get(n)));
            objekt.removeAll();
            kopia.forEach(objekt::set);
        }
    }

    /** The operation ids of the controllers' methods whose {@code @Secured} (the method's, else the class's) is anonymous. */
    private static Set<String> oppnaOperationer(Path klasser) throws IOException, ClassNotFoundException {
        Set<String> oppna = new TreeSet<>();
        List<Path> filer;
        try (Stream<Path> alla = Files.walk(klasser)) {
            filer = alla.filter(p -> p.getFileName().toString().endsWith("Controller.class")).toList();
        }
        ClassLoader laddare = KontraktPostProcessor.class.getClassLoader();
        for (Path fil : filer) {
            String namn = klasser.relativize(fil).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> klass = Class.forName(namn, false, laddare);
            if (dold(klass.getAnnotations())) {
                continue;
            }
            String[] klassensRegel = secured(klass.getAnnotations());
            for (Method metod : klass.getDeclaredMethods()) {
                if (!arRutt(metod) || dold(metod.getAnnotations())) {
                    continue;
                }
                String[] regel = secured(metod.getAnnotations());
                if (regel == null) {
                    regel = klassensRegel;
                }
                if (regel != null && Arrays.equals(regel, new String[] {ANONYM})) {
                    oppna.add(operationId(metod));
                }
            }
        }
        return oppna;
    }

    /** {@code @Hidden}: not in the contract (the web pages). */
    private static boolean dold(Annotation[] annotationer) {
        return Arrays.stream(annotationer).anyMatch(a -> a.annotationType().getName().equals("io.swagger.v3.oas.annotations.Hidden"));
    }

    private static boolean arRutt(Method metod) {
        for (Annotation a : metod.getAnnotations()) {
            for (Annotation meta : a.annotationType().getAnnotations()) {
                if (meta.annotationType().getName().equals("io.micronaut.http.annotation.HttpMethodMapping")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] secured(Annotation[] annotationer) {
        for (Annotation a : annotationer) {
            if (a.annotationType().getName().equals("io.micronaut.security.annotation.Secured")) {
                return (String[]) varde(a, "value");
            }
        }
        return null;
    }

    /** The {@code @Operation}'s operationId, else the method's name, as Micronaut OpenAPI names an operation. */
    private static String operationId(Method metod) {
        for (Annotation a : metod.getAnnotations()) {
            if (a.annotationType().getName().equals("io.swagger.v3.oas.annotations.Operation")) {
                String id = (String) varde(a, "operationId");
                if (!id.isEmpty()) {
                    return id;
                }
            }
        }
        return metod.getName();
    }

    private static Object varde(Annotation a, String namn) {
        try {
            return a.annotationType().getMethod(namn).invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
