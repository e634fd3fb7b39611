<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="23" />
        <source>Unknown item %1</source>
        <translation>Ukjent vare %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="24" />
        <source>No member with %1</source>
        <translation>Ingen medlem med %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="25" />
        <source>%1 is not a phone number</source>
        <translation>%1 er ikke et telefonnummer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="27" />
        <source>%1 is neither a phone number nor a member card</source>
        <translation>%1 er verken et telefonnummer eller et medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="29" />
        <source>The member must tick the loyalty program box to join</source>
        <translation>Medlemmet må krysse av for kundeklubben for å bli med</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="30" />
        <source>%1 is not a coupon</source>
        <translation>%1 er ikke en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="31" />
        <location filename="../../pos_client/ui/error_text.py" line="33" />
        <source>Look the member up before using a coupon</source>
        <translation>Finn medlemmet før du bruker en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="34" />
        <source>%1 is already on this sale</source>
        <translation>%1 er allerede på dette salget</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="36" />
        <location filename="../../pos_client/ui/error_text.py" line="37" />
        <source>Only one coupon per sale – remove the other one first</source>
        <translation>Bare én kupong per salg – fjern den andre først</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="38" />
        <source>%1 has already been used</source>
        <translation>%1 er allerede brukt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="39" />
        <source>%1 expired on %2</source>
        <translation>%1 gikk ut %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="40" />
        <source>%1 belongs to another member</source>
        <translation>%1 tilhører et annet medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="41" />
        <source>%1 was scanned twice</source>
        <translation>%1 ble skannet to ganger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="42" />
        <source>%1: nothing left to pay</source>
        <translation>%1: ingenting igjen å betale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="43" />
        <source>%1: add %2 to the basket to use it</source>
        <translation>%1: legg %2 i handlekurven for å bruke den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="45" />
        <source>The code is damaged or incomplete – scan again</source>
        <translation>Koden er skadet eller ufullstendig – skann igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="46" />
        <source>This code is forged or altered – do not accept it</source>
        <translation>Denne koden er forfalsket eller endret – ikke godta den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="48" />
        <source>This code comes from an unknown till – sync and try again</source>
        <translation>Koden kommer fra en ukjent kasse – synkroniser og prøv igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="49" />
        <source>This is a coupon, not a member card</source>
        <translation>Dette er en kupong, ikke et medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="50" />
        <source>This is a member card, not a coupon</source>
        <translation>Dette er et medlemskort, ikke en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="51" />
        <source>The member has only %1 points</source>
        <translation>Medlemmet har bare %1 poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="52" />
        <source>No receipt %1 on this till</source>
        <translation>Ingen kvittering %1 på denne kassen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="53" />
        <source>%1 is a return receipt</source>
        <translation>%1 er en returkvittering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="55" />
        <source>%1: only %2 of %3 can still be returned</source>
        <translation>%1: bare %2 av %3 kan fortsatt returneres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="69" />
        <location filename="../../pos_client/ui/main_window.py" line="251" />
        <source>Till – %1</source>
        <translation>Kasse – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="86" />
        <source>standalone</source>
        <translation>frittstående</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="86" />
        <source>connecting…</source>
        <translation>kobler til…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="110" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, navn eller skann medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Finn medlem (F2); Enter søker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="114" />
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>New member (F4)</source>
        <translation>Nytt medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="118" />
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="119" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="128" />
        <location filename="../../pos_client/ui/main_window.py" line="500" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på dette kjøpet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="138" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Trykk på en kupong for å bruke den; trykk igjen for å spare den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="149" />
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="149" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="149" />
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="159" />
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="161" />
        <location filename="../../pos_client/ui/main_window.py" line="384" />
        <source>Tap a line in the basket first</source>
        <translation>Trykk på en linje i handlekurven først</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="184" />
        <source>Reprint last</source>
        <translation>Skriv ut siste på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="186" />
        <source>Clear (Esc)</source>
        <translation>Tøm (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="187" />
        <source>Cash (F9)</source>
        <translation>Kontant (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="188" />
        <source>Type the cash given on the keypad first to see the change</source>
        <translation>Tast inn mottatt kontantbeløp først for å se vekslepenger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="189" />
        <source>Card (F12)</source>
        <translation>Kort (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="274" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>ÅÅÅÅ-MM-DD (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="276" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="277" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="278" />
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="279" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="280" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jeg vil bli medlem i kundeklubben (påkrevd)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="281" />
        <source>Offers by SMS</source>
        <translation>Tilbud på SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="282" />
        <source>Offers by e-mail</source>
        <translation>Tilbud på e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="285" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Kjøpene dine gir poeng og fordeler. Vi lagrer navn, telefon og kjøp for medlemskapet; du kan melde deg ut og bli glemt når som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="290" />
        <source>Enrol</source>
        <translation>Meld inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="291" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="352" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen ble ikke gjenkjent – prøv igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="362" />
        <source>No member found – press F4 to enrol</source>
        <translation>Fant ikke medlemmet – trykk F4 for å melde inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="427" />
        <source>Welcome! %1 is now a member</source>
        <translation>Velkommen! %1 er nå medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="444" />
        <source>The basket is empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="449" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvittering %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="451" />
        <source>change %1</source>
        <translation>vekslepenger %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="460" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopi av %1 sendt til skriveren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="466" />
        <source>Clear sale</source>
        <translation>Tøm salg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="466" />
        <source>Clear the current sale?</source>
        <translation>Tømme dette salget?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="502" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="502" />
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="507" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="511" />
        <source>%1 of %2 – next free in %3</source>
        <translation>%1 av %2 – neste gratis om %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="576" />
        <source>%1 refused by HQ – tap for detail</source>
        <translation>%1 avvist av HK – trykk for detaljer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="537" />
        <source>Subtotal</source>
        <translation>Sum varer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="537" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="537" />
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="546" />
        <source>HQ: %1 – %2 events waiting to sync</source>
        <translation>HK: %1 – %2 hendelser venter på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="556" />
        <source>Something went wrong – the sale is kept; see the log</source>
        <translation>Noe gikk galt – salget er beholdt; se loggen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="565" />
        <source>re-pair this terminal</source>
        <translation>koble kassen til HK på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="567" />
        <source>online, last sync %1</source>
        <translation>tilkoblet, sist synkronisert %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="570" />
        <source>offline – sales are kept and sent later</source>
        <translation>frakoblet – salg lagres og sendes senere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="579" />
        <source>Printer: %1</source>
        <translation>Skriver: %1</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="11" />
        <source>Refused by HQ</source>
        <translation>Avvist av HK</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="14" />
        <source>HQ refused these events. The sales are kept on this till; show this list to your HQ contact.</source>
        <translation>HK avviste disse hendelsene. Salgene er lagret på denne kassen; vis listen til kontaktpersonen hos HK.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="22" />
        <source>Receipt number, e.g. K1-000123</source>
        <translation>Kvitteringsnummer, f.eks. K1-000123</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="25" />
        <source>Find receipt</source>
        <translation>Finn kvittering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="28" />
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="28" />
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="28" />
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="40" />
        <source>Return chosen items</source>
        <translation>Returner valgte varer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="43" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="81" />
        <source>Receipt %1: choose how many of each item come back</source>
        <translation>Kvittering %1: velg hvor mange av hver vare som returneres</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="95" />
        <source>Choose at least one item to return</source>
        <translation>Velg minst én vare å returnere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="104" />
        <source>Returned – refund %1, return receipt %2</source>
        <translation>Returnert – tilbakebetal %1, returkvittering %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="32" />
        <source>Manager PIN</source>
        <translation>Leder-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="34" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="35" />
        <location filename="../../pos_client/ui/settings_page.py" line="63" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="44" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="47" />
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="48" />
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="50" />
        <source>Scan the test code TLM1TEST-2:3 here</source>
        <translation>Skann testkoden TLM1TEST-2:3 her</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="52" />
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="57" />
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="59" />
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="60" />
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="87" />
        <source>Wrong PIN</source>
        <translation>Feil PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="102" />
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="104" />
        <source>Test receipt printed</source>
        <translation>Testkvittering skrevet ut</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="111" />
        <source>The scanner reads correctly</source>
        <translation>Skanneren leser riktig</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="113" />
        <source>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</source>
        <translation>Skanneren skrev %1 i stedet for %2: still skanneren til tastaturoppsettet på denne PC-en</translation>
    </message>
</context>
</TS>