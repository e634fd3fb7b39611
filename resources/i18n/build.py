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
    "Tap a coupon to use it; tap again to save it for next time": (
        "Trykk på en kupong for å bruke den; trykk igjen for å spare den", "Tryck på en kupong för att använda den; tryck igen för att spara den"),
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
    "No member found – press F4 to enrol": ("Fant ikke medlemmet – trykk F4 for å melde inn", "Ingen medlem hittades – tryck F4 för att registrera"),
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
    "Scan the test code TLM1TEST-2:3 here": ("Skann testkoden TLM1TEST-2:3 her", "Skanna testkoden TLM1TEST-2:3 här"),
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
    "Reprint last": ("Skriv ut siste på nytt", "Skriv ut senaste igen"),
    "Copy of %1 sent to the printer": ("Kopi av %1 sendt til skriveren", "Kopia av %1 skickad till skrivaren"),
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
