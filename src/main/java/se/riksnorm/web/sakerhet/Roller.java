package se.riksnorm.web.sakerhet;

/**
 * The roles of the service and what each may do (README "Roles and login"; the whole matrix is tested by
 * RollmatrisTest). A user or key may hold several.
 */
public final class Roller {

    /** Reads the norms and calculates: a handläggare, or another system calling the calculation. */
    public static final String HANDLAGGARE = "handlaggare";
    /** Proposes and edits drafts, produces bilagor and exports. */
    public static final String SAKKUNNIG = "sakkunnig";
    /** Records the nämnd's decision on a proposal. */
    public static final String BESLUTSFATTARE = "beslutsfattare";
    /** Imports tables, enters the published riksnorm, reads the audit log. */
    public static final String ADMINISTRATOR = "administrator";

    private Roller() {
    }
}
