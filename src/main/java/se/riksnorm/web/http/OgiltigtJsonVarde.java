package se.riksnorm.web.http;

import java.io.IOException;

/** A JSON value of the wrong kind where the request's type wants another (a fraction for whole kronor …). */
final class OgiltigtJsonVarde extends IOException {

    OgiltigtJsonVarde(String meddelande) {
        super(meddelande, null);
    }
}
