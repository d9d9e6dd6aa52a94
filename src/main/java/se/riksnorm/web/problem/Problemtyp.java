package se.riksnorm.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * Every kind of problem the service answers with (RFC 9457): its stable name in the type URN, its title (the same
 * for every occurrence, as RFC 9457 §3.1.3 asks) and its HTTP status. docs/api.md lists the same names
 * (ProblemtypTest holds the two together).
 */
public enum Problemtyp {
    FELAKTIG_BEGARAN("felaktig-begaran", "Felaktig begäran", HttpStatus.BAD_REQUEST),
    OGILTIG_JSON("ogiltig-json", "Begäran är inte giltig JSON", HttpStatus.BAD_REQUEST),
    OGILTIGT_VARDE("ogiltigt-varde", "Ogiltigt värde", HttpStatus.BAD_REQUEST),
    OGILTIGT_UNDERLAG("ogiltigt-underlag", "Underlaget kan inte läsas", HttpStatus.BAD_REQUEST),
    PERSONNUMMER_BEHOVS_INTE("personnummer-behovs-inte", "Underlaget ska inte innehålla personnummer", HttpStatus.BAD_REQUEST),
    EJ_INLOGGAD("ej-inloggad", "Inloggning krävs", HttpStatus.UNAUTHORIZED),
    SAKNAR_BEHORIGHET("saknar-behorighet", "Behörighet saknas", HttpStatus.FORBIDDEN),
    OKAND_RIKSNORM("okand-riksnorm", "Riksnormen finns inte", HttpStatus.NOT_FOUND),
    OKAND_KOMMUN("okand-kommun", "Kommunen finns inte", HttpStatus.NOT_FOUND),
    OKAND_FORDELNING("okand-fordelning", "Fördelningen finns inte", HttpStatus.NOT_FOUND),
    OKAND_BERAKNING("okand-berakning", "Beräkningen finns inte", HttpStatus.NOT_FOUND),
    OKAND_FORSLAG("okand-forslag", "Förslaget finns inte", HttpStatus.NOT_FOUND),
    OKAND_VERSION("okand-version", "Versionen finns inte", HttpStatus.NOT_FOUND),
    OKAND_RESURS("okand-resurs", "Sidan finns inte", HttpStatus.NOT_FOUND),
    METOD_STODS_INTE("metod-stods-inte", "Metoden stöds inte", HttpStatus.METHOD_NOT_ALLOWED),
    SVARSTYP_STODS_INTE("svarstyp-stods-inte", "Svarstypen stöds inte", HttpStatus.NOT_ACCEPTABLE),
    TIDEN_UTE("tiden-ute", "Begärans huvud kom inte i tid", HttpStatus.REQUEST_TIMEOUT),
    SAMTIDIG_ANDRING("samtidig-andring", "Någon annan ändrade samtidigt", HttpStatus.CONFLICT),
    FORUTSATTNING_SAKNAS("forutsattning-saknas", "Det som steget bygger på finns inte", HttpStatus.CONFLICT),
    BESLUTAD_TABELL("beslutad-tabell", "Tabellen är beslutad och ändras inte", HttpStatus.CONFLICT),
    BESLUT_HINDRAS("beslut-hindras", "Förslaget kan inte beslutas ännu", HttpStatus.CONFLICT),
    ERSATTNING_KRAVS("ersattning-kravs", "Ett nytt beslut måste ange vad det ersätter", HttpStatus.CONFLICT),
    INAKTUELL_VERSION("inaktuell-version", "Det som ändras har ändrats sedan det lästes", HttpStatus.PRECONDITION_FAILED),
    FOR_STOR_BEGARAN("for-stor-begaran", "Begäran är för stor", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    FOR_STORT_UNDERLAG("for-stort-underlag", "Underlaget är för stort", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    MEDIATYP_STODS_INTE("mediatyp-stods-inte", "Innehållstypen stöds inte", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    OTILLATEN_FIL("otillaten-fil", "Filslaget tas inte emot", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    NORM_SAKNAS("norm-saknas", "Normen finns inte för perioden", HttpStatus.UNPROCESSABLE_ENTITY),
    OGILTIGT_HUSHALL("ogiltigt-hushall", "Hushållet kan inte beräknas", HttpStatus.UNPROCESSABLE_ENTITY),
    OGILTIG_TABELL("ogiltig-tabell", "Tabellen i begäran är inte giltig", HttpStatus.UNPROCESSABLE_ENTITY),
    VILLKOR_KRAVS("villkor-kravs", "If-Match krävs", HttpStatus.PRECONDITION_REQUIRED),
    INTERNT_FEL("internt-fel", "Internt fel", HttpStatus.INTERNAL_SERVER_ERROR),
    DATABASEN_UPPTAGEN("databasen-upptagen", "Databasen är upptagen", HttpStatus.SERVICE_UNAVAILABLE),
    LAGRINGEN_FULL("lagringen-full", "Lagringsutrymmet är fullt", HttpStatus.SERVICE_UNAVAILABLE),
    DATABASEN_SKRIVSKYDDAD("databasen-skrivskyddad", "Databasen tar inte emot skrivningar", HttpStatus.SERVICE_UNAVAILABLE),
    DATABASEN_OTILLGANGLIG("databasen-otillganglig", "Databasen kan inte nås", HttpStatus.SERVICE_UNAVAILABLE);

    /** Problem types are URNs: stable names, not pages to fetch. */
    public static final String PREFIX = "urn:riksnorm:problem:";

    private final String namn;
    private final String titel;
    private final HttpStatus status;

    Problemtyp(String namn, String titel, HttpStatus status) {
        this.namn = namn;
        this.titel = titel;
        this.status = status;
    }

    /** The stable name, e.g. {@code okand-kommun}. */
    public String namn() {
        return namn;
    }

    public String titel() {
        return titel;
    }

    public HttpStatus status() {
        return status;
    }

    /** The type as it is sent, e.g. {@code urn:riksnorm:problem:okand-kommun}. */
    public String urn() {
        return PREFIX + namn;
    }
}
