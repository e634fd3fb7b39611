<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="42" />
        <location filename="../../pos_client/ui/main_window.py" line="188" />
        <source>Till – %1</source>
        <translation>Kasse – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="58" />
        <source>standalone</source>
        <translation>frittstående</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="58" />
        <source>connecting…</source>
        <translation>kobler til…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="81" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, navn eller skann medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="82" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Finn medlem (F2); Enter søker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="85" />
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="87" />
        <source>New member (F4)</source>
        <translation>Nytt medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="89" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="98" />
        <location filename="../../pos_client/ui/main_window.py" line="362" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på dette kjøpet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="108" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Trykk på en kupong for å bruke den; trykk igjen for å spare den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="144" />
        <source>Reprint last</source>
        <translation>Skriv ut siste på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="146" />
        <source>Clear (Esc)</source>
        <translation>Tøm (Esc)</translation>
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
        <translation>ÅÅÅÅ-MM-DD (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="209" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="210" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="211" />
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="212" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="213" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jeg vil bli medlem i kundeklubben (påkrevd)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="214" />
        <source>Offers by SMS</source>
        <translation>Tilbud på SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="215" />
        <source>Offers by e-mail</source>
        <translation>Tilbud på e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="218" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Kjøpene dine gir poeng og fordeler. Vi lagrer navn, telefon og kjøp for medlemskapet; du kan melde deg ut og bli glemt når som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="223" />
        <source>Enrol</source>
        <translation>Meld inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="224" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="247" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen ble ikke gjenkjent – prøv igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="272" />
        <source>No member found – press F4 to enrol</source>
        <translation>Fant ikke medlemmet – trykk F4 for å melde inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="321" />
        <source>Welcome! %1 is now a member</source>
        <translation>Velkommen! %1 er nå medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="325" />
        <source>The basket is empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="333" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvittering %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="342" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopi av %1 sendt til skriveren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="347" />
        <source>Clear sale</source>
        <translation>Tøm salg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="347" />
        <source>Clear the current sale?</source>
        <translation>Tømme dette salget?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="365" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="365" />
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="370" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="374" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>Subtotal</source>
        <translation>Sum varer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="403" />
        <source>HQ: %1 – %2 events waiting to sync</source>
        <translation>HK: %1 – %2 hendelser venter på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="408" />
        <source>re-pair this terminal</source>
        <translation>koble kassen til HK på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="410" />
        <source>online, last sync %1</source>
        <translation>tilkoblet, sist synkronisert %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="413" />
        <source>offline – sales are kept and sent later</source>
        <translation>frakoblet – salg lagres og sendes senere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="415" />
        <source>%1 refused by HQ</source>
        <translation>%1 avvist av HK</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="419" />
        <source>Printer: %1</source>
        <translation>Skriver: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="33" />
        <source>Manager PIN</source>
        <translation>Leder-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="35" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="36" />
        <location filename="../../pos_client/ui/settings_page.py" line="63" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="45" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="48" />
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="49" />
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="51" />
        <source>Scan the test code TLM1TEST-2:3 here</source>
        <translation>Skann testkoden TLM1TEST-2:3 her</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="53" />
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="58" />
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
        <location filename="../../pos_client/ui/settings_page.py" line="84" />
        <source>Wrong PIN</source>
        <translation>Feil PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="94" />
        <source>Test receipt printed</source>
        <translation>Testkvittering skrevet ut</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="102" />
        <source>The scanner reads correctly</source>
        <translation>Skanneren leser riktig</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="104" />
        <source>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</source>
        <translation>Skanneren skrev %1 i stedet for %2: still skanneren til tastaturoppsettet på denne PC-en</translation>
    </message>
</context>
</TS>