package se.riksnorm.sidor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The people's year in a real browser, in order: the sakkunnig proposes Nyköping's 2024 table, edits a cell and sees
 * the finding it causes, fixes it, confirms the umgängesnorm, hands it over and downloads the bilaga (PDF); the
 * administrator enters the published riksnorm 2024; the beslutsfattare decides; the administrator reads the audit
 * log; a handläggare calculates the README's household; a sakkunnig of Tranås is refused on Nyköping's pages. Every
 * page is checked by axe-core; screenshots in target/skarmbilder/.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SidornasArTest extends SidornasTjanst {

    private static final String KLADER_1_2 = "c-personliga_kostnader-klader_och_skor-ar_1_2";
    private static final String FORSAKRING_1_2 = "c-personliga_kostnader-barn_och_ungdomsforsakring-ar_1_2";

    @Test
    @Order(1)
    void inloggningssidanVisarDemoanvandarnaOchTangentbordetNarSkipLanken() {
        webblasare.oppna("/");
        assertThat(webblasare.driver().getCurrentUrl()).as("en webbläsare utan inloggning skickas till inloggningen").endsWith("/logga-in");
        assertThat(webblasare.sidtext()).contains("Demoanvändare", "sakkunnig i Nyköping", "beslutsfattare i Nyköping");
        webblasare.hitta("body").sendKeys(Keys.TAB);
        assertThat(webblasare.driver().switchTo().activeElement().getText()).isEqualTo("Hoppa till innehållet");
        webblasare.skarmbild("inloggning");
    }

    @Test
    @Order(2)
    void sakkunnigFranNastaArTillBilagan() throws Exception {
        webblasare.loggaIn("sakkunnig");
        webblasare.tillganglighet();
        webblasare.oppna("/sakkunnig/nykoping");
        assertThat(webblasare.sidtext()).contains("Nyköping: fördelning och bilaga", "2022", "2023",
                "Gemensamma hushållskostnader, 5 personer: 2 026 kr men förväntat 2 060 kr (−34 kr).");
        webblasare.skarmbild("sakkunnig-kommun");

        webblasare.hitta("form[action='/sakkunnig/nykoping/forslag'] button").click();
        webblasare.vanta().until(ExpectedConditions.urlMatches(".*/sakkunnig/nykoping/forslag/\\d+$"));
        webblasare.tillganglighet();
        // the proposal sums exactly: 5 personer 426 + 1 814 = 2 240 (README, "A sakkunnig's session")
        assertThat(webblasare.sidtext()).contains("förslag till fördelning 2024", "Inga avvikelser");
        assertThat(webblasare.hitta("#" + KLADER_1_2).getAttribute("value")).isEqualTo("676");

        // one edited cell, by keyboard: 676 → 675 makes the 1–2 år column one krona short of the riksnorm
        WebElement klader = webblasare.hitta("#" + KLADER_1_2);
        klader.sendKeys(Keys.chord(Keys.CONTROL, "a"), "675");
        webblasare.vanta().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kontroll"), "Avvikelser (1)"));
        String kontroll = webblasare.text("#kontroll");
        assertThat(kontroll).contains("Kläder och skor, 1–2 år: 676 → 675", "1–2 år");
        assertThat(webblasare.text("#summor-personliga_kostnader")).contains("−1");
        webblasare.tillganglighet();
        webblasare.skarmbild("sakkunnig-forslag-avvikelse");

        // the insurance 88 → 89 brings the column back to the riksnorm (README step 4); saved with a reason
        WebElement forsakring = webblasare.hitta("#" + FORSAKRING_1_2);
        forsakring.sendKeys(Keys.chord(Keys.CONTROL, "a"), "89");
        webblasare.vanta().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kontroll"), "Inga avvikelser"));
        webblasare.hitta("#motivering").sendKeys("Försäkringspremien 2024 är 89 kr");
        WebElement rutnatet = webblasare.hitta("main");
        webblasare.hitta("#rutnat button[type=submit]").click();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(rutnatet));
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.sidfot")));
        assertThat(webblasare.driver().getCurrentUrl()).as(webblasare.sidtext()).contains("klart=sparat-2");
        assertThat(webblasare.sidtext()).contains("Ändringarna är sparade", "Celler ändrade – sakkunnig",
                "Kläder och skor, 1–2 år: 676 → 675", "Försäkringspremien 2024 är 89 kr");

        // two sessions on the same proposal: the second save, made on the page as it was before the first, is refused
        // with the API's text; the first save stays and the refused page keeps what was typed (nothing is lost)
        String forsta = webblasare.driver().getWindowHandle();
        String adress = webblasare.driver().getCurrentUrl().replaceAll("\\?.*", "");
        webblasare.driver().switchTo().newWindow(WindowType.TAB);
        webblasare.driver().get(adress);
        // 675 → 674 and 89 → 90: the 1–2 år column still sums to the riksnorm
        webblasare.hitta("#" + KLADER_1_2).sendKeys(Keys.chord(Keys.CONTROL, "a"), "674");
        webblasare.hitta("#" + FORSAKRING_1_2).sendKeys(Keys.chord(Keys.CONTROL, "a"), "90");
        webblasare.vanta().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kontroll"), "89 → 90"));
        webblasare.hitta("#motivering").sendKeys("Andra fliken: premien 90 kr");
        WebElement andra = webblasare.hitta("main");
        webblasare.hitta("#rutnat button[type=submit]").click();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(andra));
        webblasare.vanta().until(ExpectedConditions.urlContains("klart=sparat-2"));
        String andraFliken = webblasare.driver().getWindowHandle();
        webblasare.driver().switchTo().window(forsta);
        webblasare.hitta("#" + KLADER_1_2).sendKeys(Keys.chord(Keys.CONTROL, "a"), "677");
        webblasare.hitta("#motivering").sendKeys("Första fliken, gammal sida");
        WebElement gammal = webblasare.hitta("main");
        webblasare.hitta("#rutnat button[type=submit]").click();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(gammal));
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.sidfot")));
        webblasare.tillganglighet();
        assertThat(webblasare.text("[role=alert]")).contains(Formularfel.ANDRAT_SEDAN, "har ändrats sedan det lästes", "Inget ändrades");
        assertThat(webblasare.hitta("#" + KLADER_1_2).getAttribute("value")).as("what was typed stays in the form").isEqualTo("677");
        assertThat(webblasare.sidtext()).as("the other save is kept").contains("Andra fliken: premien 90 kr");
        webblasare.skarmbild("sakkunnig-forslag-andrat-sedan");
        webblasare.hitta("[role=alert] a").click();
        webblasare.vanta().until(ExpectedConditions.attributeToBe(By.id(KLADER_1_2), "value", "674"));
        assertThat(webblasare.hitta("#" + FORSAKRING_1_2).getAttribute("value")).isEqualTo("90");
        webblasare.driver().switchTo().window(andraFliken).close();
        webblasare.driver().switchTo().window(forsta);

        webblasare.hitta("form[action$='/umgangesnorm'] button").click();
        webblasare.vanta().until(ExpectedConditions.urlContains("klart=umgangesnorm"));
        webblasare.hitta("form[action$='/overlamning'] button").click();
        webblasare.vanta().until(ExpectedConditions.urlContains("klart=overlamnat"));
        assertThat(webblasare.sidtext()).contains("Väntar på beslut", "Förslaget är överlämnat för beslut");
        webblasare.tillganglighet();

        String pdf = webblasare.hitta("a[href$='/bilaga.pdf']").getAttribute("href");
        HttpResponse<byte[]> bilaga = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", "riksnorm-inloggning=" + webblasare.inloggningskaka()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bilaga.statusCode()).isEqualTo(200);
        assertThat(bilaga.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(bilaga.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        webblasare.oppna(webblasare.hitta("a[href$='/jamforelse']").getAttribute("href").replace(server.getURI().toString(), ""));
        // gemensamma 5 personer, förbrukningsvaror: 385 → 426, +41 kr, 10,6 % (README step 3)
        assertThat(webblasare.sidtext()).contains("2024 jämfört med 2023", "Förbrukningsvaror", "385", "426", "+41 kr", "10,6 %");
    }

    @Test
    @Order(3)
    void administratorenMatarInDenPubliceradeRiksnormen() {
        webblasare.loggaIn("administrator");
        webblasare.oppna("/admin");
        assertThat(webblasare.sidtext()).contains("Riksnormen", "Inläsningen av normfilerna", "nykoping/2023.yaml");
        webblasare.skarmbild("admin");
        webblasare.oppna("/admin/riksnorm/2024");
        webblasare.hitta("form[action='/admin/riksnorm/2024'] button[type=submit]").click();
        webblasare.vanta().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "fastställd enligt den publicerade tabellen"));
        webblasare.tillganglighet();
    }

    @Test
    @Order(4)
    void beslutsfattarenBeslutar() {
        webblasare.loggaIn("beslutsfattare");
        webblasare.oppna("/beslut/nykoping");
        assertThat(webblasare.sidtext()).contains("Väntar på nämndens beslut", "Förslag 1");
        webblasare.hitta("a[href='/beslut/nykoping/forslag/1']").click();
        webblasare.tillganglighet();
        assertThat(webblasare.sidtext()).contains("Nämndens beslut", "Inga avvikelser");
        webblasare.hitta("#paragraf").sendKeys("§ 112");
        webblasare.hitta("#diarienummer").sendKeys("SN23/41");
        webblasare.satt("datum", "2023-12-07");
        webblasare.skarmbild("beslut-forslag");
        WebElement forslaget = webblasare.hitta("main");
        webblasare.hitta("form[action='/beslut/nykoping/forslag/1'] button[type=submit]").click();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(forslaget));
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.sidfot")));
        assertThat(webblasare.driver().getCurrentUrl()).as(webblasare.sidtext()).endsWith("/beslut/nykoping/2024");
        webblasare.tillganglighet();
        assertThat(webblasare.sidtext()).contains("Beslutad – låst", "Socialnämnden 7 december 2023, § 112, Dnr SN23/41",
                "Version 1", "Beslutad – beslutsfattare");
        webblasare.skarmbild("beslut-last-tabell");
    }

    @Test
    @Order(5)
    void administratorenLaserGranskningsloggen() {
        webblasare.loggaIn("administrator");
        webblasare.oppna("/admin/granskning?kommun=nykoping&anvandare=sakkunnig");
        String logg = webblasare.text("#logg");
        assertThat(logg).contains("CELLER_ANDRADE", "fördelning nykoping 2024, förslag 1", "UMGANGESNORM_BEKRAFTAD", "OVERLAMNAT_FOR_BESLUT")
                .doesNotContain("BESLUTAD ");
        webblasare.oppna("/admin/granskning?tabell=f%C3%B6rdelning&kommun=nykoping&anvandare=beslutsfattare");
        assertThat(webblasare.text("#logg")).contains("BESLUTAD", "beslutsfattare").doesNotContain("CELLER_ANDRADE");
        webblasare.oppna("/admin/granskning?fran=inte-en-dag");
        assertThat(webblasare.sidtext()).contains("'inte-en-dag' är inte en dag på formen ÅÅÅÅ-MM-DD.");
        webblasare.oppna("/admin/granskning");
        webblasare.skarmbild("admin-granskning");
    }

    @Test
    @Order(6)
    void handlaggarenBeraknarReadmesHushall() {
        webblasare.loggaIn("handlaggare");
        webblasare.oppna("/berakning");
        webblasare.satt("manad", "2023-03");
        webblasare.hitta("#medlemmar-0-id").sendKeys("förälder");
        webblasare.satt("medlemmar-0-fodelsedatum", "1985-04-02");
        webblasare.hitta("#medlemmar-1-id").sendKeys("barn");
        new Select(webblasare.hitta("#medlemmar-1-roll")).selectByValue("BARN");
        webblasare.satt("medlemmar-1-fodelsedatum", "2015-06-10");
        webblasare.hitta("#medlemmar-1-dagar").sendKeys("15");
        webblasare.hitta("#kostnader-0-belopp").sendKeys("7 200");
        webblasare.hitta("#kostnader-0-beskrivning").sendKeys("hyra");
        webblasare.hitta("#inkomster-0-belopp").sendKeys("9000");
        webblasare.hitta("#inkomster-0-medlem").sendKeys("förälder");
        webblasare.hitta("#inkomster-0-jobb").click();
        new Select(webblasare.hitta("#inkomster-1-typ")).selectByValue("BARNBIDRAG");
        webblasare.hitta("#inkomster-1-belopp").sendKeys("625");
        webblasare.hitta("button[value=forsorjningsstod]").click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));
        webblasare.tillganglighet();
        String rader = webblasare.text("table.rader");
        // README "Calculating försörjningsstöd": 3 490; 3 380 × 12 / 365 = 111 per dag × 15 = 1 665; 1 250; 7 200;
        // 9 000 and 25 % of it, 2 250, not counted; 625
        assertThat(rader).contains("förälder 3 490", "Riksnorm 2023, Ensamstående: 3 490 kr per månad",
                "barn 1 665", "3 380 kr × 12 / 365 = 111 kr per dag × 15 dagar = 1 665 kr",
                "Gemensamma hushållskostnader 1 250", "Skälig kostnad 7 200", "förälder 9 000", "2 250",
                "25 % av 9 000 kr = 2 250 kr", "625");
        // riksnorm 3 490 + 1 665 + 1 250 = 6 405; inkomster 9 000 − 2 250 + 625 = 7 375; 6 405 + 7 200 − 7 375 = 6 230
        String summering = webblasare.text("table.summering");
        assertThat(summering).contains("Riksnorm 6 405 kr", "Skäliga kostnader 7 200 kr", "Inkomster 7 375 kr", "Försörjningsstöd 6 230 kr");
        webblasare.skarmbild("handlaggare-berakning");

        // a refusal is the API's problem text next to its field
        webblasare.satt("medlemmar-1-fodelsedatum", "2030-01-01");
        webblasare.hitta("button[value=forsorjningsstod]").click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.id("fel-medlemmar-1-fodelsedatum")));
        webblasare.tillganglighet();
        assertThat(webblasare.hitta("#medlemmar-1-fodelsedatum").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    @Order(7)
    void handlaggarenBeraknarEnPeriodOverTvaManader() {
        webblasare.loggaIn("handlaggare");
        webblasare.oppna("/berakning");
        // FleraManaderApiTest's household: 15 March – 14 April 2026, costs and incomes each in its month
        webblasare.satt("fran", "2026-03-15");
        webblasare.satt("till", "2026-04-14");
        webblasare.hitta("#medlemmar-0-id").sendKeys("förälder");
        webblasare.hitta("#medlemmar-0-alder").sendKeys("40");
        webblasare.hitta("#medlemmar-1-id").sendKeys("barn");
        new Select(webblasare.hitta("#medlemmar-1-roll")).selectByValue("BARN");
        webblasare.satt("medlemmar-1-fodelsedatum", "2015-08-01");
        webblasare.hitta("#kostnader-0-belopp").sendKeys("3000");
        webblasare.satt("kostnader-0-manad", "2026-03");
        new Select(webblasare.hitta("#kostnader-1-typ")).selectByValue("BOENDE");
        webblasare.hitta("#kostnader-1-belopp").sendKeys("1500");
        webblasare.satt("kostnader-1-manad", "2026-04");
        webblasare.hitta("#inkomster-0-belopp").sendKeys("4000");
        webblasare.hitta("#inkomster-0-medlem").sendKeys("förälder");
        webblasare.hitta("#inkomster-0-jobb").click();
        webblasare.satt("inkomster-0-manad", "2026-03");
        new Select(webblasare.hitta("#inkomster-1-typ")).selectByValue("BARNBIDRAG");
        webblasare.hitta("#inkomster-1-belopp").sendKeys("625");
        webblasare.satt("inkomster-1-manad", "2026-04");
        webblasare.hitta("button[value=forsorjningsstod]").click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));
        webblasare.tillganglighet();

        var delar = webblasare.driver().findElements(By.cssSelector("#resultat section.del"));
        assertThat(delar).as("one part per month and the period's totals").hasSize(3);
        // March, 17 days: 130 × 17 = 2 210 + 126 (3 820 × 12 / 365 = 125,59) × 17 = 2 142 + 46 × 17 = 782 = 5 134;
        // + 3 000 − (4 000 − 1 000 jobbstimulans) = 5 134 (fall/forsorjningsstod.yaml)
        String mars = Webblasare.normalisera(delar.get(0).getText());
        assertThat(mars).contains("15 mars 2026 – 31 mars 2026 (17 dagar)", "barn 2 142", "Riksnorm 5 134 kr", "Skäliga kostnader 3 000 kr",
                "Inkomster 3 000 kr", "Försörjningsstöd 5 134 kr", "Socialtjänstlagen (2025:400) 12 kap. 8 §");
        // April, 14 days: 130 × 14 = 1 820 + 126 × 14 = 1 764 + 46 × 14 = 644 = 4 228; + 1 500 − 625 = 5 103
        String april = Webblasare.normalisera(delar.get(1).getText());
        assertThat(april).contains("1 april 2026 – 14 april 2026 (14 dagar)", "Gemensamma hushållskostnader 644", "Riksnorm 4 228 kr",
                "Försörjningsstöd 5 103 kr");
        // the period: 5 134 + 5 103 = 10 237; riksnorm 5 134 + 4 228 = 9 362
        assertThat(Webblasare.normalisera(delar.get(2).getText())).contains("Hela perioden", "Riksnorm 9 362 kr", "Skäliga kostnader 4 500 kr",
                "Inkomster 3 625 kr", "Försörjningsstöd 10 237 kr");
        webblasare.skarmbild("handlaggare-period");
    }

    @Test
    @Order(8)
    void enAnnanKommunsSakkunnigNekasPaNykopingsSidor() {
        webblasare.loggaIn("sakkunnig-tranas");
        webblasare.oppna("/sakkunnig/nykoping");
        assertThat(webblasare.sidtext()).contains("Behörighet saknas", "Inloggningen 'sakkunnig-tranas' agerar för Tranås (0687), inte för Nyköping (0480)");
        webblasare.skarmbild("nekad"); // the refusal itself, not the own kommun's page after it
        webblasare.oppna("/sakkunnig/nykoping/forslag/1");
        assertThat(webblasare.sidtext()).contains("Behörighet saknas").doesNotContain("Kläder och skor");
        webblasare.oppna("/beslut/nykoping/2024");
        assertThat(webblasare.sidtext()).contains("Behörighet saknas").doesNotContain("SN23/41");
        webblasare.oppna("/admin");
        assertThat(webblasare.sidtext()).contains("Behörighet saknas", "roll");
        webblasare.oppna("/sakkunnig/tranas");
        assertThat(webblasare.sidtext()).contains("Tranås: fördelning och bilaga", "Mata in den gällande tabellen ovan först")
                .doesNotContain("Utgå från året"); // no table yet: nothing to propose from
    }

    @Test
    @Order(9)
    void tranasMatarInNykopingsBilagaSomSinTabell() throws Exception {
        webblasare.loggaIn("sakkunnig-tranas");
        // Nyköping's 2022 bilaga as the API gives it (tables in force are open to every login), Tranås's table from now on
        HttpResponse<byte[]> bilaga = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI()
                        + "/api/v1/kommuner/nykoping/fordelningar/2022/bilaga.xlsx"))
                .header("Cookie", "riksnorm-inloggning=" + webblasare.inloggningskaka()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bilaga.statusCode()).isEqualTo(200);
        java.nio.file.Path fil = katalog.resolve("bilaga.xlsx");
        java.nio.file.Files.write(fil, bilaga.body());

        webblasare.oppna("/sakkunnig/tranas");
        webblasare.hitta("#inmatning-ar").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2022");
        webblasare.hitta("#fil").sendKeys(fil.toAbsolutePath().toString());
        webblasare.hitta("#inmatning button[value=prova]").click();
        webblasare.vanta().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inmatning-resultat"), "Inget sparades"));
        webblasare.tillganglighet();
        // the preview: the table as read, its findings, and the note that the file's heading names another kommun
        assertThat(webblasare.text("#inmatning-resultat")).contains("Provning: Tranås 2022 skulle lagras som utkast", "Nyköping");
        webblasare.skarmbild("sakkunnig-inmatning-provning");

        // the same file, still chosen, stored: the year's first version, and the kommun's page lists 2022
        webblasare.hitta("#inmatning button[value=lagra]").click();
        webblasare.vanta().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inmatning-resultat"), "lagrad som utkast"));
        assertThat(webblasare.text("#inmatning-resultat")).contains("Tranås 2022 lagrad som utkast, version 1");
        webblasare.oppna("/sakkunnig/tranas");
        assertThat(webblasare.text("main table")).contains("2022");
        assertThat(webblasare.sidtext()).contains("Utgå från året"); // a table to propose from

        // a file that is not a table: the API's problem text next to the field, nothing stored
        java.nio.file.Path fel = katalog.resolve("inte-en-tabell.csv");
        java.nio.file.Files.writeString(fel, "hej;hopp\n1;2\n");
        webblasare.hitta("#inmatning-ar").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2023");
        webblasare.hitta("#fil").sendKeys(fel.toAbsolutePath().toString());
        webblasare.hitta("#inmatning button[value=prova]").click();
        // htmx swaps the message in out of band: the element found may be replaced before its text is read
        webblasare.vanta().ignoring(StaleElementReferenceException.class).until(d -> !d.findElement(By.id("fel-fil")).getText().isBlank());
        webblasare.tillganglighet();
        assertThat(webblasare.text("#inmatning-resultat")).doesNotContain("lagrad");
    }
}
