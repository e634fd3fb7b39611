<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="41" />
        <location filename="../../pos_client/ui/main_window.py" line="179" />
        <source>Till – %1</source>
        <translation>Kassa – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="74" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, namn eller skanna medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="75" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Sök medlem (F2); Enter söker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="78" />
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="80" />
        <source>New member (F4)</source>
        <translation>Ny medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="82" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="91" />
        <location filename="../../pos_client/ui/main_window.py" line="350" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på detta köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="101" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Tryck på en kupong för att använda den; tryck igen för att spara den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="109" />
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="109" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="109" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="135" />
        <source>Reprint last</source>
        <translation>Skriv ut senaste igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="137" />
        <source>Clear (Esc)</source>
        <translation>Töm (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="138" />
        <source>Cash (F9)</source>
        <translation>Kontant (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="139" />
        <source>Card (F12)</source>
        <translation>Kort (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="198" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>ÅÅÅÅ-MM-DD (valfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="200" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="201" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="202" />
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="203" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="204" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jag vill gå med i kundklubben (krävs)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="205" />
        <source>Offers by SMS</source>
        <translation>Erbjudanden via SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="206" />
        <source>Offers by e-mail</source>
        <translation>Erbjudanden via e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="209" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Dina köp ger poäng och förmåner. Vi sparar namn, telefon och köp för medlemskapet; du kan gå ur och bli bortglömd när som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="214" />
        <source>Enrol</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="215" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="238" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen kändes inte igen – försök igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="263" />
        <source>No member found – press F4 to enrol</source>
        <translation>Ingen medlem hittades – tryck F4 för att registrera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="312" />
        <source>Welcome! %1 is now a member</source>
        <translation>Välkommen! %1 är nu medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="316" />
        <source>The basket is empty</source>
        <translation>Varukorgen är tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="324" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvitto %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="331" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopia av %1 skickad till skrivaren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="336" />
        <source>Clear sale</source>
        <translation>Töm köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="336" />
        <source>Clear the current sale?</source>
        <translation>Tömma detta köp?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="353" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="353" />
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="358" />
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="362" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="384" />
        <source>Subtotal</source>
        <translation>Summa varor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="384" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="384" />
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="391" />
        <source>%1 events waiting to sync</source>
        <translation>%1 händelser väntar på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="394" />
        <source>Printer: %1</source>
        <translation>Skrivare: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="33" />
        <source>Manager PIN</source>
        <translation>Chefs-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="35" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="36" />
        <location filename="../../pos_client/ui/settings_page.py" line="63" />
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="45" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="48" />
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="49" />
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="51" />
        <source>Scan the test code TLM1TEST-2:3 here</source>
        <translation>Skanna testkoden TLM1TEST-2:3 här</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="53" />
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="58" />
        <source>Terminal</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="59" />
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="60" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="84" />
        <source>Wrong PIN</source>
        <translation>Fel PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="94" />
        <source>Test receipt printed</source>
        <translation>Testkvitto utskrivet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="102" />
        <source>The scanner reads correctly</source>
        <translation>Skannern läser rätt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="104" />
        <source>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</source>
        <translation>Skannern skrev %1 i stället för %2: ställ in skannern på den här datorns tangentbordslayout</translation>
    </message>
</context>
</TS>