package se.riksnorm.web.http;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.MethodBasedRouteMatch;
import java.util.Set;
import java.util.regex.Pattern;
import se.riksnorm.web.problem.Problems;

/**
 * A number in a path (a year, a version, an id) is written one way only: ASCII digits without leading zeros. Java
 * reads "02023" and "٢٠٢٣" (Arabic-Indic digits) as 2023 too, so one table had many addresses, and an export to
 * norms/ could be asked for under any of them; each such form is now a 400 naming the path variable.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class Vagvarden {

    private static final Pattern HELTAL = Pattern.compile("0|[1-9][0-9]{0,17}");
    /** Digits of any script, as Java's Integer.parseInt reads them, with a sign. */
    private static final Pattern SIFFROR = Pattern.compile("[+-]?\\p{Nd}+");
    private static final Set<Class<?>> HELTALSTYPER = Set.of(int.class, Integer.class, long.class, Long.class);

    @RequestFilter
    void kontrollera(HttpRequest<?> request) {
        if (!(RouteAttributes.getRouteMatch(request).orElse(null) instanceof MethodBasedRouteMatch<?, ?> route)) {
            return;
        }
        for (Argument<?> argument : route.getArguments()) {
            if (!HELTALSTYPER.contains(argument.getType()) || !argument.getAnnotationMetadata().hasAnnotation(PathVariable.class)) {
                continue;
            }
            Object varde = route.getVariableValues().get(argument.getName());
            // what is not a number at all is the framework's to refuse ("kan inte tolkas som ett heltal")
            if (varde instanceof CharSequence text && !HELTAL.matcher(text).matches() && SIFFROR.matcher(text).matches()) {
                throw Problems.ogiltigtVarde(argument.getName(), text.toString(), "'" + text + "' är inte ett tal som " + argument.getName()
                        + " skrivs: siffrorna 0–9 utan inledande nollor, t.ex. " + (argument.getName().equals("ar") ? "2023" : "7") + ".");
            }
        }
    }
}
