package se.riksnorm.export;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A {@link Dokument} as HTML, by the Thymeleaf template {@code export/dokument.html}: every text escaped by
 * the engine, the layout in one template a reviewer can read (docs/adr/0013).
 */
public final class HtmlDokument {

    private static final TemplateEngine MOTOR = motor();

    private HtmlDokument() {
    }

    public static String skriv(Dokument dokument) {
        Context context = new Context(new Locale("sv", "SE"));
        context.setVariable("d", dokument);
        return MOTOR.process("dokument", context);
    }

    private static TemplateEngine motor() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlDokument.class.getClassLoader());
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
