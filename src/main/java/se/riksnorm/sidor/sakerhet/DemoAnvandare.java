package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.EachProperty;
import java.util.List;

/**
 * A demo login of the dev environment's login page ({@code riksnorm.sidor.demo-anvandare}): never configured for
 * real use, where people log in with the kommun's identity provider (docs/adr/0061).
 *
 * @param beskrivning shown on the login page, e.g. "sakkunnig i Nyköping"
 */
@EachProperty(value = "riksnorm.sidor.demo-anvandare", list = true)
public record DemoAnvandare(String namn, String losenord, List<String> roller, List<String> kommuner, String beskrivning) {
}
