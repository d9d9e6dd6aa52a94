package se.riksnorm.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log into the service's (logback, JSON in production) instead of its own lines on standard
 * error. Its INFO is a running commentary ("Prepare to fly", timings) and goes to DEBUG; its warnings and
 * errors stay what they are.
 */
final class RenderarLogg implements XRLogger {

    @Override
    public void log(String var, Level niva, String meddelande) {
        log(var, niva, meddelande, null);
    }

    @Override
    public void log(String var, Level niva, String meddelande, Throwable fel) {
        Logger logg = LoggerFactory.getLogger(var);
        if (niva.intValue() >= Level.SEVERE.intValue()) {
            logg.error(meddelande, fel);
        } else if (niva.intValue() >= Level.WARNING.intValue()) {
            logg.warn(meddelande, fel);
        } else {
            logg.debug(meddelande, fel);
        }
    }

    @Override
    public void setLevel(String logger, Level niva) {
        // the levels are logback's to set
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostik) {
        Logger logg = LoggerFactory.getLogger(diagnostik.getLogMessageId().getWhere());
        int niva = diagnostik.getLevel().intValue();
        return niva >= Level.SEVERE.intValue() ? logg.isErrorEnabled()
                : niva >= Level.WARNING.intValue() ? logg.isWarnEnabled() : logg.isDebugEnabled();
    }
}
