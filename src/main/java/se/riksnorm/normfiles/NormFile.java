package se.riksnorm.normfiles;

/** What one norms file holds, with the file's path as shown to people (e.g. {@code norms/riksnorm/2023.yaml}). */
public record NormFile<T>(String fil, T innehall) {
}
