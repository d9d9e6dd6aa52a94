package se.riksnorm.normfiles;

import java.util.List;

/** A norms file that cannot be read as what it claims to be: names the file and every problem found. */
public class NormFileException extends RuntimeException {

    private final String fil;
    private final List<String> problem;

    public NormFileException(String fil, List<String> problem) {
        super(fil + ": " + String.join("; ", problem));
        this.fil = fil;
        this.problem = List.copyOf(problem);
    }

    public NormFileException(String fil, String problem) {
        this(fil, List.of(problem));
    }

    public String fil() {
        return fil;
    }

    public List<String> problem() {
        return problem;
    }
}
