<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb">
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="36" />
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="38" />
        <source>Tap a line in the basket first</source>
        <translation>Trykk på en linje i handlekurven først</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="33" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>ÅÅÅÅ-MM-DD (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="35" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="36" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="37" />
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="38" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="40" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jeg vil bli medlem i kundeklubben (påkrevd)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="41" />
        <source>Offers by SMS</source>
        <translation>Tilbud på SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="41" />
        <source>Offers by e-mail</source>
        <translation>Tilbud på e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="47" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Kjøpene dine gir poeng og fordeler. Vi lagrer navn, telefon og kjøp for medlemskapet; du kan melde deg ut og bli glemt når som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="53" />
        <source>Enrol</source>
        <translation>Meld inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="55" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="22" />
        <source>Unknown item %1</source>
        <translation>Ukjent vare %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="23" />
        <source>No member with %1</source>
        <translation>Ingen medlem med %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="24" />
        <source>%1 is not a phone number</source>
        <translation>%1 er ikke et telefonnummer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="25" />
        <source>%1 is neither a phone number nor a member card</source>
        <translation>%1 er verken et telefonnummer eller et medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="26" />
        <source>The member must tick the loyalty program box to join</source>
        <translation>Medlemmet må krysse av for kundeklubben for å bli med</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="27" />
        <source>%1 is not a coupon</source>
        <translation>%1 er ikke en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="28" />
        <source>Look the member up before using a coupon</source>
        <translation>Finn medlemmet før du bruker en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="29" />
        <source>%1 is already on this sale</source>
        <translation>%1 er allerede på dette salget</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="30" />
        <source>Only one coupon per sale – remove the other one first</source>
        <translation>Bare én kupong per salg – fjern den andre først</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="31" />
        <source>%1 has already been used</source>
        <translation>%1 er allerede brukt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="32" />
        <source>%1 expired on %2</source>
        <translation>%1 gikk ut %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="33" />
        <source>%1 belongs to another member</source>
        <translation>%1 tilhører et annet medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="34" />
        <source>%1 was scanned twice</source>
        <translation>%1 ble skannet to ganger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="35" />
        <source>%1: nothing left to pay</source>
        <translation>%1: ingenting igjen å betale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="36" />
        <source>%1: add %2 to the basket to use it</source>
        <translation>%1: legg %2 i handlekurven for å bruke den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="38" />
        <source>The code is damaged or incomplete – scan again</source>
        <translation>Koden er skadet eller ufullstendig – skann igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="39" />
        <source>This code is forged or altered – do not accept it</source>
        <translation>Denne koden er forfalsket eller endret – ikke godta den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="40" />
        <source>This code comes from an unknown till – sync and try again</source>
        <translation>Koden kommer fra en ukjent kasse – synkroniser og prøv igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="41" />
        <source>This is a coupon, not a member card</source>
        <translation>Dette er en kupong, ikke et medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="42" />
        <source>This is a member card, not a coupon</source>
        <translation>Dette er et medlemskort, ikke en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="43" />
        <source>The member has only %1 points</source>
        <translation>Medlemmet har bare %1 poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="44" />
        <source>No receipt %1 on this till</source>
        <translation>Ingen kvittering %1 på denne kassen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="45" />
        <source>%1 is a return receipt</source>
        <translation>%1 er en returkvittering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="46" />
        <source>%1: only %2 of %3 can still be returned</source>
        <translation>%1: bare %2 av %3 kan fortsatt returneres</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="47" />
        <source>HQ refused the pairing: %1</source>
        <translation>HK avviste paringen: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="48" />
        <source>HQ at %1 does not answer</source>
        <translation>HK på %1 svarer ikke</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="49" />
        <source>No receipt printed yet</source>
        <translation>Ingen kvittering skrevet ut ennå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="50" />
        <source>The manager PIN must be 4 to 8 digits</source>
        <translation>Leder-PIN må være 4 til 8 sifre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="52" />
        <source>Visit points are given once a day – already given today</source>
        <translation>Besøkspoeng gis én gang om dagen – allerede gitt i dag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="53" />
        <source>%1 costs %2 points; the member has %3</source>
        <translation>%1 koster %2 poeng; medlemmet har %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="54" />
        <source>%1 cannot be given to another member</source>
        <translation>%1 kan ikke gis til et annet medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="55" />
        <source>%1 already belongs to this member</source>
        <translation>%1 tilhører allerede dette medlemmet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="57" />
        <source>This till may not sell yet: set the shop's organisation number in the config</source>
        <translation>Kassen kan ikke selge ennå: sett butikkens organisasjonsnummer i konfigurasjonen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="59" />
        <source>Sign in as a cashier first</source>
        <translation>Logg inn som kasserer først</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="60" />
        <source>Wrong cashier or PIN</source>
        <translation>Feil kasserer eller PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="61" />
        <source>Too many wrong PINs – wait %1 s</source>
        <translation>For mange feil PIN – vent %1 s</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="62" />
        <source>This receipt has already been copied once</source>
        <translation>Denne kvitteringen er allerede kopiert én gang</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="37" />
        <source>%1 cannot be used with %2</source>
        <translation>%1 kan ikke brukes sammen med %2</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../pos_client/ui/keypad.py" line="35" />
        <source>Letters on screen, for names and e-mail</source>
        <translation>Bokstaver på skjermen, for navn og e-post</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="27" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, navn eller skann medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="28" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Finn medlem (F2); Enter søker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="31" />
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="32" />
        <source>New member (F4)</source>
        <translation>Nytt medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="34" />
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="37" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="72" />
        <location filename="../../pos_client/ui/main_window.py" line="274" />
        <source>Till – %1</source>
        <translation>Kasse – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97" />
        <source>standalone</source>
        <translation>frittstående</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="71" />
        <source>connecting…</source>
        <translation>kobler til…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="115" />
        <source>Demo mode – tap here to set up this till for your shop</source>
        <translation>Demomodus – trykk her for å sette opp kassen for butikken din</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="155" />
        <source>Tap a line in the basket first</source>
        <translation>Trykk på en linje i handlekurven først</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="334" />
        <source>Something went wrong – the sale is kept; see the log</source>
        <translation>Noe gikk galt – salget er beholdt; se loggen</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="29" />
        <location filename="../../pos_client/ui/member_panel.py" line="80" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på dette kjøpet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="43" />
        <source>Tap a coupon to use it; tap again to save it for next time (F3, Enter)</source>
        <translation>Trykk på en kupong for å bruke den; trykk igjen for å spare den (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="82" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="82" />
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="84" />
        <source>Birthday this week</source>
        <translation>Bursdag denne uka</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="90" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="105" />
        <source>%1: %2 free</source>
        <translation>%1: %2 gratis</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="107" />
        <source>saved for next time</source>
        <translation>spares til neste gang</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="123" />
        <source>%1 of %2 – next free in %3</source>
        <translation>%1 av %2 – neste gratis om %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="126" />
        <source>%1 free waiting – %2 of %3 on the next card</source>
        <translation>%1 gratis til gode – %2 av %3 på neste kort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="133" />
        <source>free item</source>
        <translation>gratis vare</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="24" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="25" />
        <source>Note</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="26" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="27" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>PayBar</name>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="24" />
        <source>Reprint last</source>
        <translation>Skriv ut siste på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="26" />
        <source>Clear (Esc)</source>
        <translation>Tøm (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="27" />
        <source>Cash (F9)</source>
        <translation>Kontant (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="28" />
        <source>Type the cash given on the keypad first to see the change</source>
        <translation>Tast inn mottatt kontantbeløp først for å se vekslepenger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="29" />
        <source>Card (F12)</source>
        <translation>Kort (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>Subtotal</source>
        <translation>Sum varer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="14" />
        <source>Refused by HQ</source>
        <translation>Avvist av HK</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="17" />
        <source>HQ refused these events. The sales are kept on this till; show this list to your HQ contact.</source>
        <translation>HK avviste disse hendelsene. Salgene er lagret på denne kassen; vis listen til kontaktpersonen hos HK.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="26" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="41" />
        <source>Switch cashier</source>
        <translation>Bytt kasserer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="43" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="48" />
        <source>TRAINING MODE – receipts are not sales receipts</source>
        <translation>TRENINGSMODUS – kvitteringene er ikke salgskvitteringer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="75" />
        <source>Cashier: %1</source>
        <translation>Kasserer: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="77" />
        <source>No cashier signed in</source>
        <translation>Ingen kasserer logget inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="80" />
        <source>No Z report for %1 yet – take it under Reports</source>
        <translation>Ingen Z-rapport for %1 ennå – ta den under Rapporter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="102" />
        <source>Who is at the till?</source>
        <translation>Hvem står i kassen?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="109" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="115" />
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="116" />
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="117" />
        <location filename="../../pos_client/ui/register_page.py" line="186" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="166" />
        <source>Manager PIN</source>
        <translation>Leder-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="169" />
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="204" />
        <source>Wrong PIN</source>
        <translation>Feil PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="246" />
        <source>Drawer opened</source>
        <translation>Skuffen er åpnet</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="174" />
        <source>X report</source>
        <translation>X-rapport</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="175" />
        <source>Z report (closes the day)</source>
        <translation>Z-rapport (avslutter dagen)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="176" />
        <source>Training on/off</source>
        <translation>Trening på/av</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="177" />
        <source>Open drawer</source>
        <translation>Åpne skuffen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="231" />
        <source>Training mode is on</source>
        <translation>Treningsmodus er på</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="231" />
        <source>Training mode is off</source>
        <translation>Treningsmodus er av</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="28" />
        <source>Receipt number, e.g. K1-000123</source>
        <translation>Kvitteringsnummer, f.eks. K1-000123</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="31" />
        <source>Find receipt</source>
        <translation>Finn kvittering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="34" />
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="34" />
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="34" />
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="46" />
        <source>Return chosen items</source>
        <translation>Returner valgte varer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="49" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="84" />
        <source>Receipt %1: choose how many of each item come back</source>
        <translation>Kvittering %1: velg hvor mange av hver vare som returneres</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="98" />
        <source>Choose at least one item to return</source>
        <translation>Velg minst én vare å returnere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="107" />
        <source>Returned – refund %1, return receipt %2</source>
        <translation>Returnert – tilbakebetal %1, returkvittering %2</translation>
    </message>
</context>
<context>
    <name>Rewards</name>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="30" />
        <source>%1: not with %2</source>
        <translation>%1: ikke sammen med %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="32" />
        <source>%1: once per period, already used</source>
        <translation>%1: én gang per periode, allerede brukt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="33" />
        <source>%1: given as coupons</source>
        <translation>%1: gis som kuponger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="53" />
        <location filename="../../pos_client/ui/rewards_panel.py" line="170" />
        <source>Points shop</source>
        <translation>Poengbutikk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="54" />
        <source>Visit points</source>
        <translation>Besøkspoeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="68" />
        <source>Visit: +%1 points</source>
        <translation>Besøk: +%1 poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="75" />
        <source>Perks: %1</source>
        <translation>Fordeler: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="79" />
        <source>Spend %1 before %2 to keep %3</source>
        <translation>Handle for %1 før %2 for å beholde %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="82" />
        <source>%1 friend(s) you referred made their first purchase</source>
        <translation>%1 venn(er) du vervet har handlet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="107" />
        <source>Phone or scan the friend's card (optional)</source>
        <translation>Telefon eller skann vennens kort (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="108" />
        <location filename="../../pos_client/ui/rewards_panel.py" line="111" />
        <source>Referred by</source>
        <translation>Vervet av</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="138" />
        <source>%1 now has %2 points</source>
        <translation>%1 har nå %2 poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="151" />
        <source>%1: printed, usable now</source>
        <translation>%1: skrevet ut, kan brukes nå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="159" />
        <source>%1 given to %2</source>
        <translation>%1 gitt til %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="177" />
        <source>Tap a reward to exchange points for it</source>
        <translation>Trykk på en belønning for å bytte poeng mot den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="179" />
        <source>Give a coupon to another member</source>
        <translation>Gi en kupong til et annet medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="185" />
        <source>The friend's phone</source>
        <translation>Vennens telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="187" />
        <source>Give</source>
        <translation>Gi</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="190" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="193" />
        <source>Points: %1</source>
        <translation>Poeng: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="196" />
        <source>%1 – %2 points</source>
        <translation>%1 – %2 poeng</translation>
    </message>
</context>
<context>
    <name>SaleKeys</name>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="65" />
        <source>No member found – tap New member (F4) to enrol</source>
        <translation>Fant ikke medlemmet – trykk Nytt medlem (F4) for å melde inn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="68" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen ble ikke gjenkjent – prøv igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="107" />
        <source>Welcome! %1 is now a member</source>
        <translation>Velkommen! %1 er nå medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="116" />
        <source>The basket is empty</source>
        <translation>Handlekurven er tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="122" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvittering %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="124" />
        <source>%1 now has %2 points</source>
        <translation>%1 har nå %2 poeng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="127" />
        <source>change %1</source>
        <translation>vekslepenger %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="135" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopi av %1 sendt til skriveren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="141" />
        <source>Clear sale</source>
        <translation>Tøm salg</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="141" />
        <source>Clear the current sale?</source>
        <translation>Tømme dette salget?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="143" />
        <source>&amp;Clear the sale</source>
        <translation>&amp;Tøm salget</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="144" />
        <source>&amp;Keep it</source>
        <translation>&amp;Behold det</translation>
    </message>
</context>
<context>
    <name>ScannerTest</name>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="152" />
        <source>The scanner reads correctly</source>
        <translation>Skanneren leser riktig</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="153" />
        <source>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</source>
        <translation>Skanneren skrev %1 i stedet for %2: still skanneren til tastaturoppsettet på denne PC-en</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="169" />
        <source>Scan the test code %1 here</source>
        <translation>Skann testkoden %1 her</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="38" />
        <source>Manager PIN</source>
        <translation>Leder-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="40" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="41" />
        <location filename="../../pos_client/ui/settings_page.py" line="78" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="50" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="53" />
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="54" />
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="56" />
        <source>Scanner</source>
        <translation>Skanner</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="56" />
        <source>keyboard wedge</source>
        <translation>tastaturemulering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="61" />
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="64" />
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="66" />
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="67" />
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="68" />
        <source>Run setup again</source>
        <translation>Kjør oppsettet på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="69" />
        <source>Support bundle for a technician</source>
        <translation>Supportpakke til tekniker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="97" />
        <source>Wrong PIN</source>
        <translation>Feil PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="112" />
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="114" />
        <source>Test receipt printed</source>
        <translation>Testkvittering skrevet ut</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="121" />
        <source>Support bundle saved: %1</source>
        <translation>Supportpakke lagret: %1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="29" />
        <source>Set up this till</source>
        <translation>Sett opp kassen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="31" />
        <source>&lt; Back</source>
        <translation>&lt; Tilbake</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="31" />
        <source>Next &gt;</source>
        <translation>Neste &gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="32" />
        <source>Finish</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="32" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="55" />
        <source>This till</source>
        <translation>Denne kassen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="59" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="61" />
        <source>e.g. Oslo Storgata kasse 2</source>
        <translation>f.eks. Oslo Storgata kasse 2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="62" />
        <source>Till name</source>
        <translation>Kassenavn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="66" />
        <source>Country (phone numbers)</source>
        <translation>Land (telefonnumre)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="70" />
        <source>Shop's legal name</source>
        <translation>Butikkens juridiske navn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="71" />
        <source>Shop's address</source>
        <translation>Butikkens adresse</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="72" />
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="78" />
        <source>Headquarters</source>
        <translation>Hovedkontor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="79" />
        <source>Standalone shop (no HQ)</source>
        <translation>Frittstående butikk (uten HK)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="80" />
        <source>Connect to HQ</source>
        <translation>Koble til HK</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="86" />
        <source>HQ address</source>
        <translation>HK-adresse</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="88" />
        <source>Pairing code</source>
        <translation>Paringskode</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="89" />
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="94" />
        <source>Start with the demo program and catalogue</source>
        <translation>Start med demoprogrammet og -katalogen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="100" />
        <source>Receipt printer</source>
        <translation>Kvitteringsskriver</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="103" />
        <source>Preview only (no printer)</source>
        <translation>Kun forhåndsvisning (ingen skriver)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="104" />
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="105" />
        <source>Look for printers</source>
        <translation>Let etter skrivere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="109" />
        <source>Paper width</source>
        <translation>Papirbredde</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="110" />
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="117" />
        <source>Scanner</source>
        <translation>Skanner</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="118" />
        <source>Scan this test code: %1</source>
        <translation>Skann denne testkoden: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="122" />
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="127" />
        <source>Manager PIN</source>
        <translation>Leder-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="131" />
        <source>PIN (4–8 digits)</source>
        <translation>PIN (4–8 sifre)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="132" />
        <source>PIN again</source>
        <translation>PIN igjen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="164" />
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="175" />
        <source>HQ answers. Enter the pairing code from HQ and connect again.</source>
        <translation>HK svarer. Skriv inn paringskoden fra HK og koble til igjen.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="178" />
        <source>Paired with HQ as %1</source>
        <translation>Paret med HK som %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="185" />
        <source>%1 device(s) found; a network printer: type tcp://address:9100</source>
        <translation>%1 enhet(er) funnet; nettverksskriver: skriv tcp://adresse:9100</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="191" />
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="194" />
        <source>Test receipt printed (%1)</source>
        <translation>Testkvittering skrevet ut (%1)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="202" />
        <source>Not a valid organisation number (9 digits, mod-11 check)</source>
        <translation>Ikke et gyldig organisasjonsnummer (9 sifre, mod 11-kontroll)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="205" />
        <source>Connect to HQ with a pairing code, or choose a standalone shop</source>
        <translation>Koble til HK med en paringskode, eller velg frittstående butikk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="209" />
        <source>The two PINs differ</source>
        <translation>De to PIN-kodene er ulike</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="219" />
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="138" />
        <source>Add cashiers with `pos-client cashier add NAME --pin PIN`</source>
        <translation>Legg til kasserere med `pos-client cashier add NAVN --pin PIN`</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="146" />
        <source>%1 is signed in</source>
        <translation>%1 er logget inn</translation>
    </message>
</context>
<context>
    <name>TillStatus</name>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="39" />
        <source>HQ: %1</source>
        <translation>HK: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="41" />
        <source>HQ: %1 – %2 events waiting to sync</source>
        <translation>HK: %1 – %2 hendelser venter på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="47" />
        <source>re-pair this terminal</source>
        <translation>koble kassen til HK på nytt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="49" />
        <source>online, last sync %1</source>
        <translation>tilkoblet, sist synkronisert %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="50" />
        <source>offline – sales are kept and sent later</source>
        <translation>frakoblet – salg lagres og sendes senere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="61" />
        <source>Loading from HQ: %p %</source>
        <translation>Henter fra HK: %p %</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="68" />
        <source>%1 refused by HQ – tap for detail</source>
        <translation>%1 avvist av HK – trykk for detaljer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="74" />
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="76" />
        <source>%1 receipt(s) waiting</source>
        <translation>%1 kvittering(er) venter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="77" />
        <source>not responding</source>
        <translation>svarer ikke</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="77" />
        <source>out of paper</source>
        <translation>tomt for papir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="78" />
        <source>cover open</source>
        <translation>lokket er åpent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="78" />
        <source>timed out</source>
        <translation>svarte ikke i tide</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="79" />
        <source>unplugged</source>
        <translation>frakoblet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="82" />
        <source>Printer: %1</source>
        <translation>Skriver: %1</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../pos_client/ui/touch_keyboard.py" line="62" />
        <source>space</source>
        <translation>mellomrom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/touch_keyboard.py" line="70" />
        <source>Hide the letters</source>
        <translation>Skjul bokstavene</translation>
    </message>
</context>
</TS>