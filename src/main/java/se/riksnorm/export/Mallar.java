package se.riksnorm.export;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The documents' Thymeleaf templates under {@code export/}, read once and kept: every text escaped by the engine, the
 * layout in a template a reviewer can read (docs/adr/0013), formatted for Swedish.
 */
final class Mallar {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final TemplateEngine MOTOR = motor();

    private Mallar() {
    }

    /** The template {@code export/<mall>.html} with {@code varde} under the name {@code namn}. */
    static String skriv(String mall, String namn, Object varde) {
        Context context = new Context(SVENSKA);
        context.setVariable(namn, varde);
        return MOTOR.process(mall, context);
    }

    private static TemplateEngine motor() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Mallar.class.getClassLoader());
        resolver.setPrefix("export/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine motor = new TemplateEngine();
        motor.setTemplateResolver(resolver);
        return motor;
    }
}
