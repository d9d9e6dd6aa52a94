package se.riksnorm.app.upprakning;

import se.riksnorm.domain.upprakning.Andringsutfall;

/** The outcome of a change of cells and the proposal's revision after it (unchanged when no cell changed). */
public record LagradAndring(Andringsutfall utfall, int revision) {
}
