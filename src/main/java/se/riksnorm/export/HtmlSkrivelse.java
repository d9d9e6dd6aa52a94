package se.riksnorm.export;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A {@link Skrivelse} as HTML by the template {@code export/skrivelse.html}; the PDF is this page printed (docs/adr/0123). */
public final class HtmlSkrivelse {

    private static final TemplateEngine MOTOR = motor();

    private HtmlSkrivelse() {
    }

    public static String skriv(Skrivelse skrivelse) {
        Context context = new Context(new Locale("sv", "SE"));
        context.setVariable("s", skrivelse);
        return MOTOR.process("skrivelse", context);
    }

    public static byte[] pdf(Skrivelse skrivelse) {
        return PdfFranHtml.skriv(skriv(skrivelse));
    }

    private static TemplateEngine motor() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlSkrivelse.class.getClassLoader());
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
