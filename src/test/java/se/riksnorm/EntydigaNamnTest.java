package se.riksnorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One simple name, one type (issue 13.3): a name that two packages both use lets the imports decide what a reader
 * sees. Nested types (a response's {@code Rad}) are named by their outer type and are left out, as are the classes
 * Micronaut generates ({@code $…$Definition}).
 */
class EntydigaNamnTest {

    private static final JavaClasses PROJEKTET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.riksnorm");

    @Test
    void ingaTvaTyperDelarEnkeltNamn() {
        assertThat(PROJEKTET.size()).as("the project's classes were found").isGreaterThan(300);

        assertThat(dubbletter(PROJEKTET)).isEmpty();
    }

    @Test
    void regelnSerEnDubblett() {
        JavaClasses tva = new ClassFileImporter().importClasses(se.riksnorm.domain.berakning.Utfall.class,
                se.riksnorm.normfiles.Inlasningsutfall.class, java.util.List.class, java.awt.List.class);

        assertThat(dubbletter(tva)).containsOnlyKeys("List");
    }

    private static Map<String, List<String>> dubbletter(JavaClasses klasser) {
        Map<String, TreeSet<String>> perNamn = new TreeMap<>();
        for (JavaClass klass : klasser) {
            String namnIPaketet = klass.getName().substring(klass.getPackageName().length() + 1);
            if (klass.isTopLevelClass() && !namnIPaketet.contains("$")) {
                perNamn.computeIfAbsent(klass.getSimpleName(), n -> new TreeSet<>()).add(klass.getName());
            }
        }
        return perNamn.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()), (a, b) -> a, TreeMap::new));
    }
}
