package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.EachProperty;
import java.util.List;

/**
 * A demo login of the dev environment's login page ({@code riksnorm.pages.demo-users}): never configured for
 * real use, where people log in with the kommun's identity provider (docs/adr/0061).
 *
 * @param description shown on the login page, e.g. "sakkunnig i Nyköping"
 */
@EachProperty(value = "riksnorm.pages.demo-users", list = true)
public record DemoAnvandare(String name, String password, List<String> roles, List<String> kommuner, String description) {
}
