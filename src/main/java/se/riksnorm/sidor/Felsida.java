package se.riksnorm.sidor;

/** An error page's content: what went wrong, in words, and where to go on. */
public record Felsida(int status, String rubrik, String text) {
}
