"""Regenerate the translations: lupdate the .ts sources, fill in our nb/sv
texts, lrelease to .qm.  Run: ``uv run python resources/i18n/build.py``."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
SOURCES = sorted(str(p) for p in (ROOT / "pos_client" / "ui").glob("*.py"))

TEXTS = {
    "Till – %1": ("Kasse – %1", "Kassa – %1"),
    "Phone, name or scan a member card": ("Telefon, navn eller skann medlemskort", "Telefon, namn eller skanna medlemskort"),
    "Member lookup (F2); Enter searches": ("Finn medlem (F2); Enter søker", "Sök medlem (F2); Enter söker"),
    "Find": ("Finn", "Sök"),
    "New member (F4)": ("Nytt medlem (F4)", "Ny medlem (F4)"),
    "No member on this sale": ("Ingen medlem på dette kjøpet", "Ingen medlem på detta köp"),
    "Tap a coupon to use it; tap again to save it for next time (F3, Enter)": (
        "Trykk på en kupong for å bruke den; trykk igjen for å spare den (F3, Enter)",
        "Tryck på en kupong för att använda den; tryck igen för att spara den (F3, Enter)"),
    "%1 now has %2 points": ("%1 har nå %2 poeng", "%1 har nu %2 poäng"),
    "Item": ("Vare", "Vara"), "Qty": ("Ant.", "Ant."), "Amount": ("Beløp", "Belopp"),
    "Clear (Esc)": ("Tøm (Esc)", "Töm (Esc)"), "Cash (F9)": ("Kontant (F9)", "Kontant (F9)"),
    "Card (F12)": ("Kort (F12)", "Kort (F12)"),
    "YYYY-MM-DD (optional)": ("ÅÅÅÅ-MM-DD (valgfritt)", "ÅÅÅÅ-MM-DD (valfritt)"),
    "Phone": ("Telefon", "Telefon"), "Name": ("Navn", "Namn"), "Birthday": ("Fødselsdag", "Födelsedag"),
    "E-mail": ("E-post", "E-post"),
    "I want to join the loyalty program (required)": ("Jeg vil bli medlem i kundeklubben (påkrevd)", "Jag vill gå med i kundklubben (krävs)"),
    "Offers by SMS": ("Tilbud på SMS", "Erbjudanden via SMS"),
    "Offers by e-mail": ("Tilbud på e-post", "Erbjudanden via e-post"),
    "Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.": (
        "Kjøpene dine gir poeng og fordeler. Vi lagrer navn, telefon og kjøp for medlemskapet; du kan melde deg ut og bli glemt når som helst.",
        "Dina köp ger poäng och förmåner. Vi sparar namn, telefon och köp för medlemskapet; du kan gå ur och bli bortglömd när som helst."),
    "Enrol": ("Meld inn", "Registrera"), "Cancel": ("Avbryt", "Avbryt"),
    "Scan not recognised – try again": ("Skanningen ble ikke gjenkjent – prøv igjen", "Skanningen kändes inte igen – försök igen"),
    "No member found – tap New member (F4) to enrol": ("Fant ikke medlemmet – trykk Nytt medlem (F4) for å melde inn",
                                                       "Ingen medlem hittades – tryck Ny medlem (F4) för att registrera"),
    "Welcome! %1 is now a member": ("Velkommen! %1 er nå medlem", "Välkommen! %1 är nu medlem"),
    "The basket is empty": ("Handlekurven er tom", "Varukorgen är tom"),
    "Paid %1 – receipt %2": ("Betalt %1 – kvittering %2", "Betalt %1 – kvitto %2"),
    "Clear sale": ("Tøm salg", "Töm köp"), "Clear the current sale?": ("Tømme dette salget?", "Tömma detta köp?"),
    "%1 to %2": ("%1 til %2", "%1 till %2"), "%1 of %2": ("%1 av %2", "%1 av %2"),
    "%1 events waiting to sync": ("%1 hendelser venter på synkronisering", "%1 händelser väntar på synkronisering"),
    "Printer: %1": ("Skriver: %1", "Skrivare: %1"),
    "Tier": ("Nivå", "Nivå"), "Points": ("Poeng", "Poäng"), "Subtotal": ("Sum varer", "Summa varor"),
    "Discounts": ("Rabatter", "Rabatter"), "To pay": ("Å betale", "Att betala"),
    "Settings": ("Innstillinger", "Inställningar"), "Manager PIN": ("Leder-PIN", "Chefs-PIN"),
    "Open": ("Åpne", "Öppna"), "Back": ("Tilbake", "Tillbaka"), "Language": ("Språk", "Språk"),
    "Printer": ("Skriver", "Skrivare"), "Test print": ("Testutskrift", "Testutskrift"),
    "Scan the test code %1 here": ("Skann testkoden %1 her", "Skanna testkoden %1 här"),
    "Scanner test": ("Skannertest", "Skannertest"), "Terminal": ("Kasse", "Kassa"),
    "Data folder": ("Datamappe", "Datamapp"), "Version": ("Versjon", "Version"),
    "Wrong PIN": ("Feil PIN", "Fel PIN"), "Test receipt printed": ("Testkvittering skrevet ut", "Testkvitto utskrivet"),
    "The scanner reads correctly": ("Skanneren leser riktig", "Skannern läser rätt"),
    "The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC": (
        "Skanneren skrev %1 i stedet for %2: still skanneren til tastaturoppsettet på denne PC-en",
        "Skannern skrev %1 i stället för %2: ställ in skannern på den här datorns tangentbordslayout"),
    "standalone": ("frittstående", "fristående"), "connecting…": ("kobler til…", "ansluter…"),
    "HQ: %1 – %2 events waiting to sync": ("HK: %1 – %2 hendelser venter på synkronisering",
                                           "HK: %1 – %2 händelser väntar på synkronisering"),
    "re-pair this terminal": ("koble kassen til HK på nytt", "koppla kassan till HK igen"),
    "online, last sync %1": ("tilkoblet, sist synkronisert %1", "ansluten, senast synkroniserad %1"),
    "offline – sales are kept and sent later": ("frakoblet – salg lagres og sendes senere",
                                                "frånkopplad – köp sparas och skickas senare"),
    "%1 refused by HQ": ("%1 avvist av HK", "%1 avvisade av HK"),
    "space": ("mellomrom", "mellanslag"),
    "%1: %2 free": ("%1: %2 gratis", "%1: %2 gratis"),
    "saved for next time": ("spares til neste gang", "sparas till nästa gång"),
    "%1 free waiting – %2 of %3 on the next card": ("%1 gratis til gode – %2 av %3 på neste kort",
                                                    "%1 gratis att hämta – %2 av %3 på nästa kort"),
    "Hide the letters": ("Skjul bokstavene", "Dölj bokstäverna"),
    "Letters on screen, for names and e-mail": ("Bokstaver på skjermen, for navn og e-post",
                                                "Bokstäver på skärmen, för namn och e-post"),
    "Reprint last": ("Skriv ut siste på nytt", "Skriv ut senaste igen"),
    "Copy of %1 sent to the printer": ("Kopi av %1 sendt til skriveren", "Kopia av %1 skickad till skrivaren"),
    "Return": ("Retur", "Retur"), "Remove line": ("Fjern linje", "Ta bort rad"),
    "Tap a line in the basket first": ("Trykk på en linje i handlekurven først", "Tryck på en rad i varukorgen först"),
    "Type the cash given on the keypad first to see the change": (
        "Tast inn mottatt kontantbeløp først for å se vekslepenger", "Slå in mottaget kontantbelopp först för att se växel"),
    "change %1": ("vekslepenger %1", "växel %1"),
    "%1 of %2 – next free in %3": ("%1 av %2 – neste gratis om %3", "%1 av %2 – nästa gratis om %3"),
    "%1 refused by HQ – tap for detail": ("%1 avvist av HK – trykk for detaljer", "%1 avvisade av HK – tryck för detaljer"),
    "Something went wrong – the sale is kept; see the log": (
        "Noe gikk galt – salget er beholdt; se loggen", "Något gick fel – köpet är sparat; se loggen"),
    "Receipt number, e.g. K1-000123": ("Kvitteringsnummer, f.eks. K1-000123", "Kvittonummer, t.ex. K1-000123"),
    "Find receipt": ("Finn kvittering", "Sök kvitto"), "Paid": ("Betalt", "Betalt"),
    "Return chosen items": ("Returner valgte varer", "Returnera valda varor"),
    "Receipt %1: choose how many of each item come back": (
        "Kvittering %1: velg hvor mange av hver vare som returneres", "Kvitto %1: välj hur många av varje vara som returneras"),
    "Choose at least one item to return": ("Velg minst én vare å returnere", "Välj minst en vara att returnera"),
    "Returned – refund %1, return receipt %2": (
        "Returnert – tilbakebetal %1, returkvittering %2", "Returnerat – återbetala %1, returkvitto %2"),
    "Refused by HQ": ("Avvist av HK", "Avvisade av HK"),
    "HQ refused these events. The sales are kept on this till; show this list to your HQ contact.": (
        "HK avviste disse hendelsene. Salgene er lagret på denne kassen; vis listen til kontaktpersonen hos HK.",
        "HK avvisade dessa händelser. Köpen är sparade i denna kassa; visa listan för din kontakt på HK."),
    "Printing…": ("Skriver ut…", "Skriver ut…"),
    "Unknown item %1": ("Ukjent vare %1", "Okänd vara %1"),
    "No member with %1": ("Ingen medlem med %1", "Ingen medlem med %1"),
    "%1 is not a phone number": ("%1 er ikke et telefonnummer", "%1 är inte ett telefonnummer"),
    "%1 is neither a phone number nor a member card": (
        "%1 er verken et telefonnummer eller et medlemskort", "%1 är varken ett telefonnummer eller ett medlemskort"),
    "The member must tick the loyalty program box to join": (
        "Medlemmet må krysse av for kundeklubben for å bli med", "Medlemmen måste kryssa i kundklubben för att gå med"),
    "%1 is not a coupon": ("%1 er ikke en kupong", "%1 är inte en kupong"),
    "Look the member up before using a coupon": (
        "Finn medlemmet før du bruker en kupong", "Sök upp medlemmen innan du använder en kupong"),
    "%1 is already on this sale": ("%1 er allerede på dette salget", "%1 finns redan på detta köp"),
    "Only one coupon per sale – remove the other one first": (
        "Bare én kupong per salg – fjern den andre først", "Bara en kupong per köp – ta bort den andra först"),
    "%1 has already been used": ("%1 er allerede brukt", "%1 har redan använts"),
    "%1 expired on %2": ("%1 gikk ut %2", "%1 gick ut %2"),
    "%1 belongs to another member": ("%1 tilhører et annet medlem", "%1 tillhör en annan medlem"),
    "%1 was scanned twice": ("%1 ble skannet to ganger", "%1 skannades två gånger"),
    "%1: nothing left to pay": ("%1: ingenting igjen å betale", "%1: inget kvar att betala"),
    "%1: add %2 to the basket to use it": ("%1: legg %2 i handlekurven for å bruke den",
                                           "%1: lägg %2 i varukorgen för att använda den"),
    "The code is damaged or incomplete – scan again": (
        "Koden er skadet eller ufullstendig – skann igjen", "Koden är skadad eller ofullständig – skanna igen"),
    "This code is forged or altered – do not accept it": (
        "Denne koden er forfalsket eller endret – ikke godta den", "Koden är förfalskad eller ändrad – godta den inte"),
    "This code comes from an unknown till – sync and try again": (
        "Koden kommer fra en ukjent kasse – synkroniser og prøv igjen", "Koden kommer från en okänd kassa – synkronisera och försök igen"),
    "This is a coupon, not a member card": ("Dette er en kupong, ikke et medlemskort", "Detta är en kupong, inte ett medlemskort"),
    "This is a member card, not a coupon": ("Dette er et medlemskort, ikke en kupong", "Detta är ett medlemskort, inte en kupong"),
    "The member has only %1 points": ("Medlemmet har bare %1 poeng", "Medlemmen har bara %1 poäng"),
    "No receipt %1 on this till": ("Ingen kvittering %1 på denne kassen", "Inget kvitto %1 i denna kassa"),
    "%1 is a return receipt": ("%1 er en returkvittering", "%1 är ett returkvitto"),
    "%1: only %2 of %3 can still be returned": ("%1: bare %2 av %3 kan fortsatt returneres",
                                                 "%1: bara %2 av %3 kan fortfarande returneras"),
    "Demo mode – tap here to set up this till for your shop": (
        "Demomodus – trykk her for å sette opp kassen for butikken din", "Demoläge – tryck här för att ställa in kassan för din butik"),
    "Run setup again": ("Kjør oppsettet på nytt", "Kör inställningen igen"),
    "Set up this till": ("Sett opp kassen", "Ställ in kassan"), "This till": ("Denne kassen", "Denna kassa"),
    "e.g. Oslo Storgata kasse 2": ("f.eks. Oslo Storgata kasse 2", "t.ex. Malmö Väst kassa 2"),
    "Till name": ("Kassenavn", "Kassans namn"), "Country (phone numbers)": ("Land (telefonnumre)", "Land (telefonnummer)"),
    "Headquarters": ("Hovedkontor", "Huvudkontor"), "Standalone shop (no HQ)": ("Frittstående butikk (uten HK)", "Fristående butik (utan HK)"),
    "Connect to HQ": ("Koble til HK", "Anslut till HK"), "HQ address": ("HK-adresse", "HK-adress"),
    "Pairing code": ("Paringskode", "Parkopplingskod"), "Connect": ("Koble til", "Anslut"),
    "Start with the demo program and catalogue": ("Start med demoprogrammet og -katalogen", "Börja med demoprogrammet och -katalogen"),
    "Receipt printer": ("Kvitteringsskriver", "Kvittoskrivare"), "Preview only (no printer)": ("Kun forhåndsvisning (ingen skriver)", "Endast förhandsvisning (ingen skrivare)"),
    "Look for printers": ("Let etter skrivere", "Sök efter skrivare"), "Paper width": ("Papirbredde", "Pappersbredd"),
    "Scanner": ("Skanner", "Skanner"), "Scan this test code: %1": ("Skann denne testkoden: %1", "Skanna denna testkod: %1"),
    "PIN (4–8 digits)": ("PIN (4–8 sifre)", "PIN (4–8 siffror)"), "PIN again": ("PIN igjen", "PIN igen"),
    "Connecting…": ("Kobler til…", "Ansluter…"),
    "HQ answers. Enter the pairing code from HQ and connect again.": (
        "HK svarer. Skriv inn paringskoden fra HK og koble til igjen.", "HK svarar. Ange parkopplingskoden från HK och anslut igen."),
    "Paired with HQ as %1": ("Paret med HK som %1", "Parkopplad med HK som %1"),
    "%1 device(s) found; a network printer: type tcp://address:9100": (
        "%1 enhet(er) funnet; nettverksskriver: skriv tcp://adresse:9100", "%1 enhet(er) hittade; nätverksskrivare: skriv tcp://adress:9100"),
    "Test receipt printed (%1)": ("Testkvittering skrevet ut (%1)", "Testkvitto utskrivet (%1)"),
    "Connect to HQ with a pairing code, or choose a standalone shop": (
        "Koble til HK med en paringskode, eller velg frittstående butikk", "Anslut till HK med en parkopplingskod, eller välj fristående butik"),
    "The two PINs differ": ("De to PIN-kodene er ulike", "De två PIN-koderna skiljer sig"),
    "Saving…": ("Lagrer…", "Sparar…"),
    "&Clear the sale": ("&Tøm salget", "&Töm köpet"), "&Keep it": ("&Behold det", "&Behåll det"),
    "< Back": ("< Tilbake", "< Tillbaka"), "Next >": ("Neste >", "Nästa >"), "Finish": ("Fullfør", "Slutför"),
    "Close": ("Lukk", "Stäng"),
    "keyboard wedge": ("tastaturemulering", "tangentbordsemulering"),
    "Loading from HQ: %p %": ("Henter fra HK: %p %", "Hämtar från HK: %p %"),
    "ready": ("klar", "redo"), "%1 receipt(s) waiting": ("%1 kvittering(er) venter", "%1 kvitto(n) väntar"),
    "not responding": ("svarer ikke", "svarar inte"), "out of paper": ("tomt for papir", "slut på papper"),
    "cover open": ("lokket er åpent", "luckan är öppen"), "timed out": ("svarte ikke i tide", "svarade inte i tid"),
    "unplugged": ("frakoblet", "frånkopplad"), "HQ: %1": ("HK: %1", "HK: %1"),
    "Support bundle for a technician": ("Supportpakke til tekniker", "Supportpaket till tekniker"),
    "Support bundle saved: %1": ("Supportpakke lagret: %1", "Supportpaket sparat: %1"),
    "HQ refused the pairing: %1": ("HK avviste paringen: %1", "HK avvisade parkopplingen: %1"),
    "HQ at %1 does not answer": ("HK på %1 svarer ikke", "HK på %1 svarar inte"),
    "The manager PIN must be 4 to 8 digits": ("Leder-PIN må være 4 til 8 sifre", "Chefs-PIN måste vara 4 till 8 siffror"),
    # -- rewards (issue 15: pos_client/ui/rewards_panel.py, error_text.py) --
    "Points shop": ("Poengbutikk", "Poängbutik"), "Visit points": ("Besøkspoeng", "Besökspoäng"),
    "Visit: +%1 points": ("Besøk: +%1 poeng", "Besök: +%1 poäng"),
    "Perks: %1": ("Fordeler: %1", "Förmåner: %1"),
    "Spend %1 before %2 to keep %3": ("Handle for %1 før %2 for å beholde %3",
                                      "Handla för %1 före %2 för att behålla %3"),
    "%1 friend(s) you referred made their first purchase": ("%1 venn(er) du vervet har handlet",
                                                            "%1 vän(ner) du värvat har handlat"),
    "%1: not with %2": ("%1: ikke sammen med %2", "%1: inte tillsammans med %2"),
    "%1: once per period, already used": ("%1: én gang per periode, allerede brukt",
                                          "%1: en gång per period, redan använd"),
    "%1: given as coupons": ("%1: gis som kuponger", "%1: ges som kuponger"),
    "Phone or scan the friend's card (optional)": ("Telefon eller skann vennens kort (valgfritt)",
                                                   "Telefon eller skanna vännens kort (valfritt)"),
    "Referred by": ("Vervet av", "Värvad av"),
    "%1: printed, usable now": ("%1: skrevet ut, kan brukes nå", "%1: utskriven, kan användas nu"),
    "%1 given to %2": ("%1 gitt til %2", "%1 given till %2"),
    "Tap a reward to exchange points for it": ("Trykk på en belønning for å bytte poeng mot den",
                                               "Tryck på en belöning för att byta poäng mot den"),
    "Give a coupon to another member": ("Gi en kupong til et annet medlem", "Ge en kupong till en annan medlem"),
    "The friend's phone": ("Vennens telefon", "Vännens telefon"), "Give": ("Gi", "Ge"),
    "Points: %1": ("Poeng: %1", "Poäng: %1"), "%1 – %2 points": ("%1 – %2 poeng", "%1 – %2 poäng"),
    "Visit points are given once a day – already given today": (
        "Besøkspoeng gis én gang om dagen – allerede gitt i dag", "Besökspoäng ges en gång om dagen – redan givna i dag"),
    "%1 costs %2 points; the member has %3": ("%1 koster %2 poeng; medlemmet har %3",
                                              "%1 kostar %2 poäng; medlemmen har %3"),
    "%1 cannot be given to another member": ("%1 kan ikke gis til et annet medlem",
                                             "%1 kan inte ges till en annan medlem"),
    "%1 already belongs to this member": ("%1 tilhører allerede dette medlemmet", "%1 tillhör redan denna medlem"),
    "%1 cannot be used with %2": ("%1 kan ikke brukes sammen med %2", "%1 kan inte användas tillsammans med %2"),
    # -- core (issue 13: error texts by key, pos_client/ui/error_text.py) --
    "No receipt printed yet": ("Ingen kvittering skrevet ut ennå", "Inget kvitto utskrivet ännu"),
    # -- cash register (compliance, issue 14): cashiers, reports, training, shop identity --
    "Wrong cashier or PIN": ("Feil kasserer eller PIN", "Fel kassör eller PIN"),
    "Too many wrong PINs – wait %1 s": ("For mange feil PIN – vent %1 s", "För många fel PIN – vänta %1 s"),
    "Sign in as a cashier first": ("Logg inn som kasserer først", "Logga in som kassör först"),
    "This receipt has already been copied once": ("Denne kvitteringen er allerede kopiert én gang",
                                                  "Detta kvitto har redan kopierats en gång"),
    "This till may not sell yet: set the shop's organisation number in the config": (
        "Kassen kan ikke selge ennå: sett butikkens organisasjonsnummer i konfigurasjonen",
        "Kassan kan inte sälja ännu: ange butikens organisationsnummer i konfigurationen"),
    "Switch cashier": ("Bytt kasserer", "Byt kassör"), "Reports": ("Rapporter", "Rapporter"),
    "TRAINING MODE – receipts are not sales receipts": ("TRENINGSMODUS – kvitteringene er ikke salgskvitteringer",
                                                        "ÖVNINGSLÄGE – kvittona är inte försäljningskvitton"),
    "Cashier: %1": ("Kasserer: %1", "Kassör: %1"), "No cashier signed in": ("Ingen kasserer logget inn", "Ingen kassör inloggad"),
    "No Z report for %1 yet – take it under Reports": ("Ingen Z-rapport for %1 ennå – ta den under Rapporter",
                                                       "Ingen Z-rapport för %1 ännu – ta den under Rapporter"),
    "Who is at the till?": ("Hvem står i kassen?", "Vem står i kassan?"), "PIN": ("PIN", "PIN"),
    "Sign in": ("Logg inn", "Logga in"), "Sign out": ("Logg ut", "Logga ut"), "Unlock": ("Lås opp", "Lås upp"),
    "Drawer opened": ("Skuffen er åpnet", "Lådan är öppnad"), "X report": ("X-rapport", "X-rapport"),
    "Z report (closes the day)": ("Z-rapport (avslutter dagen)", "Z-rapport (avslutar dagen)"),
    "Training on/off": ("Trening på/av", "Övning på/av"), "Open drawer": ("Åpne skuffen", "Öppna lådan"),
    "Training mode is on": ("Treningsmodus er på", "Övningsläget är på"),
    "Training mode is off": ("Treningsmodus er av", "Övningsläget är av"),
    "Shop's legal name": ("Butikkens juridiske navn", "Butikens juridiska namn"),
    "Shop's address": ("Butikkens adresse", "Butikens adress"),
    "Organisation number": ("Organisasjonsnummer", "Organisationsnummer"),
    "Not a valid organisation number (9 digits, mod-11 check)": (
        "Ikke et gyldig organisasjonsnummer (9 sifre, mod 11-kontroll)",
        "Inte ett giltigt organisationsnummer (9 siffror, mod 11-kontroll)"),
    "Add cashiers with `pos-client cashier add NAME --pin PIN`": (
        "Legg til kasserere med `pos-client cashier add NAVN --pin PIN`",
        "Lägg till kassörer med `pos-client cashier add NAMN --pin PIN`"),
    "%1 is signed in": ("%1 er logget inn", "%1 är inloggad"),

    # -- ui: scanner in the real window, coupon kinds (issue 12) --
    "free item": ("gratis vare", "gratis vara"),

    # -- look (issue 17): messages by kind (pos_client/ui/message_line.py), pages that fit --
    "Done": ("Utført", "Klart"), "Note": ("Merk", "Obs"), "Warning": ("Advarsel", "Varning"),
    "Error": ("Feil", "Fel"),
    "Birthday this week": ("Bursdag denne uka", "Födelsedag denna vecka"),
}


def main() -> int:
    missing = []
    for index, lang in enumerate(("nb", "sv", "en")):
        ts = HERE / f"till_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *SOURCES, "-ts", str(ts), "-target-language", lang,
                        "-no-obsolete"], check=True, capture_output=True)
        tree = ET.parse(ts)
        for message in tree.iter("message"):
            source = message.findtext("source")
            target = message.find("translation")
            text = source if lang == "en" else TEXTS.get(source, (None, None))[index]
            if text is None:
                missing.append((lang, source))
                continue
            target.text = text
            target.attrib.pop("type", None)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / f"till_{lang}.qm")],
                       check=True, capture_output=True)
    for lang, source in missing:
        print(f"untranslated ({lang}): {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
