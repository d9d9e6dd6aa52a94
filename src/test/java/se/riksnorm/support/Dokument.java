package se.riksnorm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file of the repository as its examples are read by the tests: a part of it from a marker (a heading or
 * the bold lead-in of a paragraph) to the next heading, its fenced blocks in order, and the inline code after a
 * lead-in ({@code By hand: `…`}). Whatever is not found fails the test with the file and the marker.
 */
public final class Dokument {

    /** A fenced block: its info string ({@code sh}, {@code yaml}, or empty) and its text, ending in a line break. */
    public record Block(String sprak, String text) {
    }

    private static final Pattern BLOCK = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);

    private final String namn;
    private final String text;

    private Dokument(String namn, String text) {
        this.namn = namn;
        this.text = text;
    }

    /** The file, by its path from the project's root (where the tests run). */
    public static Dokument las(String fil) {
        try {
            return new Dokument(fil, Files.readString(Path.of(fil)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the marker to the next heading of any level (or the end). */
    public Dokument avsnitt(String markor) {
        int start = text.indexOf(markor);
        if (start < 0) {
            throw new AssertionError(namn + ": '" + markor + "' saknas");
        }
        Matcher rubrik = Pattern.compile("^#{1,6} ", Pattern.MULTILINE).matcher(text);
        int slut = rubrik.find(start + markor.length()) ? rubrik.start() : text.length();
        return new Dokument(namn + " '" + markor + "'", text.substring(start, slut));
    }

    public String text() {
        return text;
    }

    /** Every fenced block, in order. */
    public List<Block> block() {
        List<Block> block = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            block.add(new Block(m.group(1), m.group(2)));
        }
        return block;
    }

    /** The {@code i}-th fenced block (from 0), which must be there. */
    public Block block(int i) {
        List<Block> block = block();
        if (i >= block.size()) {
            throw new AssertionError(namn + ": block " + i + " saknas, det finns " + block.size());
        }
        return block.get(i);
    }

    /** The inline code right after the lead-in (its words may break across lines): {@code kodEfter("By hand:")} of "By hand: `1 + 1 = 2`" is "1 + 1 = 2". */
    public String kodEfter(String inledning) {
        String orden = String.join("\\s+", Arrays.stream(inledning.split(" ")).map(Pattern::quote).toList());
        Matcher m = Pattern.compile(orden + "\\s*`([^`]+)`").matcher(text);
        if (!m.find()) {
            throw new AssertionError(namn + ": '" + inledning + " `…`' saknas");
        }
        return m.group(1).replace('\n', ' ');
    }

    @Override
    public String toString() {
        return namn;
    }
}
