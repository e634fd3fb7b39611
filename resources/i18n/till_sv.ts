<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="41" />
        <source>Till – %1</source>
        <translation>Kassa – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="73" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, namn eller skanna medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="74" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Sök medlem (F2); Enter söker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="77" />
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="79" />
        <source>New member (F4)</source>
        <translation>Ny medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="89" />
        <location filename="../../pos_client/ui/main_window.py" line="312" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på detta köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="99" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Tryck på en kupong för att använda den; tryck igen för att spara den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="129" />
        <source>Reprint last</source>
        <translation>Skriv ut senaste igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="131" />
        <source>Clear (Esc)</source>
        <translation>Töm (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="132" />
        <source>Cash (F9)</source>
        <translation>Kontant (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="133" />
        <source>Card (F12)</source>
        <translation>Kort (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="160" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>ÅÅÅÅ-MM-DD (valfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="162" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="163" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="164" />
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="165" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="166" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jag vill gå med i kundklubben (krävs)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="167" />
        <source>Offers by SMS</source>
        <translation>Erbjudanden via SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="168" />
        <source>Offers by e-mail</source>
        <translation>Erbjudanden via e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="171" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Dina köp ger poäng och förmåner. Vi sparar namn, telefon och köp för medlemskapet; du kan gå ur och bli bortglömd när som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="176" />
        <source>Enrol</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="177" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="200" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen kändes inte igen – försök igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="225" />
        <source>No member found – press F4 to enrol</source>
        <translation>Ingen medlem hittades – tryck F4 för att registrera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="274" />
        <source>Welcome! %1 is now a member</source>
        <translation>Välkommen! %1 är nu medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="278" />
        <source>The basket is empty</source>
        <translation>Varukorgen är tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="286" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvitto %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="293" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopia av %1 skickad till skrivaren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="298" />
        <source>Clear sale</source>
        <translation>Töm köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="298" />
        <source>Clear the current sale?</source>
        <translation>Tömma detta köp?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="315" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="315" />
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="320" />
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="324" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>Subtotal</source>
        <translation>Summa varor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="353" />
        <source>%1 events waiting to sync</source>
        <translation>%1 händelser väntar på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="356" />
        <source>Printer: %1</source>
        <translation>Skrivare: %1</translation>
    </message>
</context>
</TS>