<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="41" />
        <source>Till – %1</source>
        <translation>Kasse – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="73" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, navn eller skann medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="74" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Finn medlem (F2); Enter søker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="77" />
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="79" />
        <source>New member (F4)</source>
        <translation>Nytt medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="89" />
        <location filename="../../pos_client/ui/main_window.py" line="312" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på dette kjøpet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="99" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Trykk på en kupong for å bruke den; trykk igjen for å spare den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="129" />
        <source>Reprint last</source>
        <translation>Skriv ut siste på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="131" />
        <source>Clear (Esc)</source>
        <translation>Tøm (Esc)</translation>
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
        <translation>ÅÅÅÅ-MM-DD (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="162" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="163" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="164" />
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="165" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="166" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jeg vil bli medlem i kundeklubben (påkrevd)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="167" />
        <source>Offers by SMS</source>
        <translation>Tilbud på SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="168" />
        <source>Offers by e-mail</source>
        <translation>Tilbud på e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="171" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Kjøpene dine gir poeng og fordeler. Vi lagrer navn, telefon og kjøp for medlemskapet; du kan melde deg ut og bli glemt når som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="176" />
        <source>Enrol</source>
        <translation>Meld inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="177" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="200" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen ble ikke gjenkjent – prøv igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="225" />
        <source>No member found – press F4 to enrol</source>
        <translation>Fant ikke medlemmet – trykk F4 for å melde inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="274" />
        <source>Welcome! %1 is now a member</source>
        <translation>Velkommen! %1 er nå medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="278" />
        <source>The basket is empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="286" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvittering %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="293" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopi av %1 sendt til skriveren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="298" />
        <source>Clear sale</source>
        <translation>Tøm salg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="298" />
        <source>Clear the current sale?</source>
        <translation>Tømme dette salget?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="315" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="315" />
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="320" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="324" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>Subtotal</source>
        <translation>Sum varer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="353" />
        <source>%1 events waiting to sync</source>
        <translation>%1 hendelser venter på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="356" />
        <source>Printer: %1</source>
        <translation>Skriver: %1</translation>
    </message>
</context>
</TS>