package se.riksnorm.web.budget;

import se.riksnorm.web.problem.Problems;

/** The formats the budget impact is written in as a file ({@code …/budgetpaverkan.xlsx}). */
enum Budgetformat {
    JSON, XLSX, PNG;

    /** The format named in the path; any other is refused, naming the formats there are. */
    static Budgetformat valj(String format) {
        return Problems.valjFormat(Budgetformat.class, format, "Budgetpåverkan");
    }
}
