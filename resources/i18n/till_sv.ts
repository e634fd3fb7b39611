<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="42" />
        <location filename="../../pos_client/ui/main_window.py" line="188" />
        <source>Till – %1</source>
        <translation>Kassa – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="58" />
        <source>standalone</source>
        <translation>fristående</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="58" />
        <source>connecting…</source>
        <translation>ansluter…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="81" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, namn eller skanna medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="82" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Sök medlem (F2); Enter söker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="85" />
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="87" />
        <source>New member (F4)</source>
        <translation>Ny medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="89" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="98" />
        <location filename="../../pos_client/ui/main_window.py" line="362" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på detta köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="108" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Tryck på en kupong för att använda den; tryck igen för att spara den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="144" />
        <source>Reprint last</source>
        <translation>Skriv ut senaste igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="146" />
        <source>Clear (Esc)</source>
        <translation>Töm (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="147" />
        <source>Cash (F9)</source>
        <translation>Kontant (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="148" />
        <source>Card (F12)</source>
        <translation>Kort (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="207" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>ÅÅÅÅ-MM-DD (valfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="209" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="210" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="211" />
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="212" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="213" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jag vill gå med i kundklubben (krävs)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="214" />
        <source>Offers by SMS</source>
        <translation>Erbjudanden via SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="215" />
        <source>Offers by e-mail</source>
        <translation>Erbjudanden via e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="218" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Dina köp ger poäng och förmåner. Vi sparar namn, telefon och köp för medlemskapet; du kan gå ur och bli bortglömd när som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="223" />
        <source>Enrol</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="224" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="247" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen kändes inte igen – försök igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="272" />
        <source>No member found – press F4 to enrol</source>
        <translation>Ingen medlem hittades – tryck F4 för att registrera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="321" />
        <source>Welcome! %1 is now a member</source>
        <translation>Välkommen! %1 är nu medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="325" />
        <source>The basket is empty</source>
        <translation>Varukorgen är tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="333" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvitto %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="342" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopia av %1 skickad till skrivaren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="347" />
        <source>Clear sale</source>
        <translation>Töm köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="347" />
        <source>Clear the current sale?</source>
        <translation>Tömma detta köp?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="365" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="365" />
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="370" />
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="374" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>Subtotal</source>
        <translation>Summa varor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="403" />
        <source>HQ: %1 – %2 events waiting to sync</source>
        <translation>HK: %1 – %2 händelser väntar på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="408" />
        <source>re-pair this terminal</source>
        <translation>koppla kassan till HK igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="410" />
        <source>online, last sync %1</source>
        <translation>ansluten, senast synkroniserad %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="413" />
        <source>offline – sales are kept and sent later</source>
        <translation>frånkopplad – köp sparas och skickas senare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="415" />
        <source>%1 refused by HQ</source>
        <translation>%1 avvisade av HK</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="419" />
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