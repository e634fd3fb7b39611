<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="36" />
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="38" />
        <source>Tap a line in the basket first</source>
        <translation>Tryck på en rad i varukorgen först</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="33" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>ÅÅÅÅ-MM-DD (valfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="35" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="36" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="37" />
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="38" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="40" />
        <source>I want to join the loyalty program (required)</source>
        <translation>Jag vill gå med i kundklubben (krävs)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="41" />
        <source>Offers by SMS</source>
        <translation>Erbjudanden via SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="41" />
        <source>Offers by e-mail</source>
        <translation>Erbjudanden via e-post</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="47" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Dina köp ger poäng och förmåner. Vi sparar namn, telefon och köp för medlemskapet; du kan gå ur och bli bortglömd när som helst.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="53" />
        <source>Enrol</source>
        <translation>Registrera</translation>
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
        <translation>Okänd vara %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="23" />
        <source>No member with %1</source>
        <translation>Ingen medlem med %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="24" />
        <source>%1 is not a phone number</source>
        <translation>%1 är inte ett telefonnummer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="25" />
        <source>%1 is neither a phone number nor a member card</source>
        <translation>%1 är varken ett telefonnummer eller ett medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="26" />
        <source>The member must tick the loyalty program box to join</source>
        <translation>Medlemmen måste kryssa i kundklubben för att gå med</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="27" />
        <source>%1 is not a coupon</source>
        <translation>%1 är inte en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="28" />
        <source>Look the member up before using a coupon</source>
        <translation>Sök upp medlemmen innan du använder en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="29" />
        <source>%1 is already on this sale</source>
        <translation>%1 finns redan på detta köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="30" />
        <source>Only one coupon per sale – remove the other one first</source>
        <translation>Bara en kupong per köp – ta bort den andra först</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="31" />
        <source>%1 has already been used</source>
        <translation>%1 har redan använts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="32" />
        <source>%1 expired on %2</source>
        <translation>%1 gick ut %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="33" />
        <source>%1 belongs to another member</source>
        <translation>%1 tillhör en annan medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="34" />
        <source>%1 was scanned twice</source>
        <translation>%1 skannades två gånger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="35" />
        <source>%1: nothing left to pay</source>
        <translation>%1: inget kvar att betala</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="36" />
        <source>%1: add %2 to the basket to use it</source>
        <translation>%1: lägg %2 i varukorgen för att använda den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="38" />
        <source>The code is damaged or incomplete – scan again</source>
        <translation>Koden är skadad eller ofullständig – skanna igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="39" />
        <source>This code is forged or altered – do not accept it</source>
        <translation>Koden är förfalskad eller ändrad – godta den inte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="40" />
        <source>This code comes from an unknown till – sync and try again</source>
        <translation>Koden kommer från en okänd kassa – synkronisera och försök igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="41" />
        <source>This is a coupon, not a member card</source>
        <translation>Detta är en kupong, inte ett medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="42" />
        <source>This is a member card, not a coupon</source>
        <translation>Detta är ett medlemskort, inte en kupong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="43" />
        <source>The member has only %1 points</source>
        <translation>Medlemmen har bara %1 poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="44" />
        <source>No receipt %1 on this till</source>
        <translation>Inget kvitto %1 i denna kassa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="45" />
        <source>%1 is a return receipt</source>
        <translation>%1 är ett returkvitto</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="46" />
        <source>%1: only %2 of %3 can still be returned</source>
        <translation>%1: bara %2 av %3 kan fortfarande returneras</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="47" />
        <source>HQ refused the pairing: %1</source>
        <translation>HK avvisade parkopplingen: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="48" />
        <source>HQ at %1 does not answer</source>
        <translation>HK på %1 svarar inte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="49" />
        <source>No receipt printed yet</source>
        <translation>Inget kvitto utskrivet ännu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="50" />
        <source>The manager PIN must be 4 to 8 digits</source>
        <translation>Chefs-PIN måste vara 4 till 8 siffror</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="52" />
        <source>Visit points are given once a day – already given today</source>
        <translation>Besökspoäng ges en gång om dagen – redan givna i dag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="53" />
        <source>%1 costs %2 points; the member has %3</source>
        <translation>%1 kostar %2 poäng; medlemmen har %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="54" />
        <source>%1 cannot be given to another member</source>
        <translation>%1 kan inte ges till en annan medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="55" />
        <source>%1 already belongs to this member</source>
        <translation>%1 tillhör redan denna medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="57" />
        <source>This till may not sell yet: set the shop's organisation number in the config</source>
        <translation>Kassan kan inte sälja ännu: ange butikens organisationsnummer i konfigurationen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="59" />
        <source>Sign in as a cashier first</source>
        <translation>Logga in som kassör först</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="60" />
        <source>Wrong cashier or PIN</source>
        <translation>Fel kassör eller PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="61" />
        <source>Too many wrong PINs – wait %1 s</source>
        <translation>För många fel PIN – vänta %1 s</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="62" />
        <source>This receipt has already been copied once</source>
        <translation>Detta kvitto har redan kopierats en gång</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="37" />
        <source>%1 cannot be used with %2</source>
        <translation>%1 kan inte användas tillsammans med %2</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../pos_client/ui/keypad.py" line="35" />
        <source>Letters on screen, for names and e-mail</source>
        <translation>Bokstäver på skärmen, för namn och e-post</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="27" />
        <source>Phone, name or scan a member card</source>
        <translation>Telefon, namn eller skanna medlemskort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="28" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Sök medlem (F2); Enter söker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="31" />
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="32" />
        <source>New member (F4)</source>
        <translation>Ny medlem (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="34" />
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="37" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="72" />
        <location filename="../../pos_client/ui/main_window.py" line="274" />
        <source>Till – %1</source>
        <translation>Kassa – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97" />
        <source>standalone</source>
        <translation>fristående</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="71" />
        <source>connecting…</source>
        <translation>ansluter…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="115" />
        <source>Demo mode – tap here to set up this till for your shop</source>
        <translation>Demoläge – tryck här för att ställa in kassan för din butik</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="155" />
        <source>Tap a line in the basket first</source>
        <translation>Tryck på en rad i varukorgen först</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="334" />
        <source>Something went wrong – the sale is kept; see the log</source>
        <translation>Något gick fel – köpet är sparat; se loggen</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="29" />
        <location filename="../../pos_client/ui/member_panel.py" line="80" />
        <source>No member on this sale</source>
        <translation>Ingen medlem på detta köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="43" />
        <source>Tap a coupon to use it; tap again to save it for next time (F3, Enter)</source>
        <translation>Tryck på en kupong för att använda den; tryck igen för att spara den (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="82" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="82" />
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="84" />
        <source>Birthday this week</source>
        <translation>Födelsedag denna vecka</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="90" />
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="105" />
        <source>%1: %2 free</source>
        <translation>%1: %2 gratis</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="107" />
        <source>saved for next time</source>
        <translation>sparas till nästa gång</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="123" />
        <source>%1 of %2 – next free in %3</source>
        <translation>%1 av %2 – nästa gratis om %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="126" />
        <source>%1 free waiting – %2 of %3 on the next card</source>
        <translation>%1 gratis att hämta – %2 av %3 på nästa kort</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="133" />
        <source>free item</source>
        <translation>gratis vara</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="24" />
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="25" />
        <source>Note</source>
        <translation>Obs</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="26" />
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="27" />
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>PayBar</name>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="24" />
        <source>Reprint last</source>
        <translation>Skriv ut senaste igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="26" />
        <source>Clear (Esc)</source>
        <translation>Töm (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="27" />
        <source>Cash (F9)</source>
        <translation>Kontant (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="28" />
        <source>Type the cash given on the keypad first to see the change</source>
        <translation>Slå in mottaget kontantbelopp först för att se växel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="29" />
        <source>Card (F12)</source>
        <translation>Kort (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>Subtotal</source>
        <translation>Summa varor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="14" />
        <source>Refused by HQ</source>
        <translation>Avvisade av HK</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="17" />
        <source>HQ refused these events. The sales are kept on this till; show this list to your HQ contact.</source>
        <translation>HK avvisade dessa händelser. Köpen är sparade i denna kassa; visa listan för din kontakt på HK.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="26" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="41" />
        <source>Switch cashier</source>
        <translation>Byt kassör</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="43" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="48" />
        <source>TRAINING MODE – receipts are not sales receipts</source>
        <translation>ÖVNINGSLÄGE – kvittona är inte försäljningskvitton</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="75" />
        <source>Cashier: %1</source>
        <translation>Kassör: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="77" />
        <source>No cashier signed in</source>
        <translation>Ingen kassör inloggad</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="80" />
        <source>No Z report for %1 yet – take it under Reports</source>
        <translation>Ingen Z-rapport för %1 ännu – ta den under Rapporter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="102" />
        <source>Who is at the till?</source>
        <translation>Vem står i kassan?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="109" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="115" />
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="116" />
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="117" />
        <location filename="../../pos_client/ui/register_page.py" line="186" />
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="166" />
        <source>Manager PIN</source>
        <translation>Chefs-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="169" />
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="204" />
        <source>Wrong PIN</source>
        <translation>Fel PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="246" />
        <source>Drawer opened</source>
        <translation>Lådan är öppnad</translation>
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
        <translation>Z-rapport (avslutar dagen)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="176" />
        <source>Training on/off</source>
        <translation>Övning på/av</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="177" />
        <source>Open drawer</source>
        <translation>Öppna lådan</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="231" />
        <source>Training mode is on</source>
        <translation>Övningsläget är på</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="231" />
        <source>Training mode is off</source>
        <translation>Övningsläget är av</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="28" />
        <source>Receipt number, e.g. K1-000123</source>
        <translation>Kvittonummer, t.ex. K1-000123</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="31" />
        <source>Find receipt</source>
        <translation>Sök kvitto</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="34" />
        <source>Item</source>
        <translation>Vara</translation>
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
        <translation>Returnera valda varor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="49" />
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="84" />
        <source>Receipt %1: choose how many of each item come back</source>
        <translation>Kvitto %1: välj hur många av varje vara som returneras</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="98" />
        <source>Choose at least one item to return</source>
        <translation>Välj minst en vara att returnera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="107" />
        <source>Returned – refund %1, return receipt %2</source>
        <translation>Returnerat – återbetala %1, returkvitto %2</translation>
    </message>
</context>
<context>
    <name>Rewards</name>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="30" />
        <source>%1: not with %2</source>
        <translation>%1: inte tillsammans med %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="32" />
        <source>%1: once per period, already used</source>
        <translation>%1: en gång per period, redan använd</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="33" />
        <source>%1: given as coupons</source>
        <translation>%1: ges som kuponger</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="53" />
        <location filename="../../pos_client/ui/rewards_panel.py" line="170" />
        <source>Points shop</source>
        <translation>Poängbutik</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="54" />
        <source>Visit points</source>
        <translation>Besökspoäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="68" />
        <source>Visit: +%1 points</source>
        <translation>Besök: +%1 poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="75" />
        <source>Perks: %1</source>
        <translation>Förmåner: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="79" />
        <source>Spend %1 before %2 to keep %3</source>
        <translation>Handla för %1 före %2 för att behålla %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="82" />
        <source>%1 friend(s) you referred made their first purchase</source>
        <translation>%1 vän(ner) du värvat har handlat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="107" />
        <source>Phone or scan the friend's card (optional)</source>
        <translation>Telefon eller skanna vännens kort (valfritt)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="108" />
        <location filename="../../pos_client/ui/rewards_panel.py" line="111" />
        <source>Referred by</source>
        <translation>Värvad av</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="138" />
        <source>%1 now has %2 points</source>
        <translation>%1 har nu %2 poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="151" />
        <source>%1: printed, usable now</source>
        <translation>%1: utskriven, kan användas nu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="159" />
        <source>%1 given to %2</source>
        <translation>%1 given till %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="177" />
        <source>Tap a reward to exchange points for it</source>
        <translation>Tryck på en belöning för att byta poäng mot den</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="179" />
        <source>Give a coupon to another member</source>
        <translation>Ge en kupong till en annan medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="185" />
        <source>The friend's phone</source>
        <translation>Vännens telefon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="187" />
        <source>Give</source>
        <translation>Ge</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="190" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="193" />
        <source>Points: %1</source>
        <translation>Poäng: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="196" />
        <source>%1 – %2 points</source>
        <translation>%1 – %2 poäng</translation>
    </message>
</context>
<context>
    <name>SaleKeys</name>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="65" />
        <source>No member found – tap New member (F4) to enrol</source>
        <translation>Ingen medlem hittades – tryck Ny medlem (F4) för att registrera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="68" />
        <source>Scan not recognised – try again</source>
        <translation>Skanningen kändes inte igen – försök igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="107" />
        <source>Welcome! %1 is now a member</source>
        <translation>Välkommen! %1 är nu medlem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="116" />
        <source>The basket is empty</source>
        <translation>Varukorgen är tom</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="122" />
        <source>Paid %1 – receipt %2</source>
        <translation>Betalt %1 – kvitto %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="124" />
        <source>%1 now has %2 points</source>
        <translation>%1 har nu %2 poäng</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="127" />
        <source>change %1</source>
        <translation>växel %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="135" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Kopia av %1 skickad till skrivaren</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="141" />
        <source>Clear sale</source>
        <translation>Töm köp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="141" />
        <source>Clear the current sale?</source>
        <translation>Tömma detta köp?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="143" />
        <source>&amp;Clear the sale</source>
        <translation>&amp;Töm köpet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="144" />
        <source>&amp;Keep it</source>
        <translation>&amp;Behåll det</translation>
    </message>
</context>
<context>
    <name>ScannerTest</name>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="152" />
        <source>The scanner reads correctly</source>
        <translation>Skannern läser rätt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="153" />
        <source>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</source>
        <translation>Skannern skrev %1 i stället för %2: ställ in skannern på den här datorns tangentbordslayout</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="169" />
        <source>Scan the test code %1 here</source>
        <translation>Skanna testkoden %1 här</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="38" />
        <source>Manager PIN</source>
        <translation>Chefs-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="40" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="41" />
        <location filename="../../pos_client/ui/settings_page.py" line="78" />
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="50" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="53" />
        <source>Printer</source>
        <translation>Skrivare</translation>
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
        <translation>tangentbordsemulering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="61" />
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="64" />
        <source>Terminal</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="66" />
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="67" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="68" />
        <source>Run setup again</source>
        <translation>Kör inställningen igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="69" />
        <source>Support bundle for a technician</source>
        <translation>Supportpaket till tekniker</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="97" />
        <source>Wrong PIN</source>
        <translation>Fel PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="112" />
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="114" />
        <source>Test receipt printed</source>
        <translation>Testkvitto utskrivet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="121" />
        <source>Support bundle saved: %1</source>
        <translation>Supportpaket sparat: %1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="29" />
        <source>Set up this till</source>
        <translation>Ställ in kassan</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="31" />
        <source>&lt; Back</source>
        <translation>&lt; Tillbaka</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="31" />
        <source>Next &gt;</source>
        <translation>Nästa &gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="32" />
        <source>Finish</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="32" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="55" />
        <source>This till</source>
        <translation>Denna kassa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="59" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="61" />
        <source>e.g. Oslo Storgata kasse 2</source>
        <translation>t.ex. Malmö Väst kassa 2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="62" />
        <source>Till name</source>
        <translation>Kassans namn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="66" />
        <source>Country (phone numbers)</source>
        <translation>Land (telefonnummer)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="70" />
        <source>Shop's legal name</source>
        <translation>Butikens juridiska namn</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="71" />
        <source>Shop's address</source>
        <translation>Butikens adress</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="72" />
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="78" />
        <source>Headquarters</source>
        <translation>Huvudkontor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="79" />
        <source>Standalone shop (no HQ)</source>
        <translation>Fristående butik (utan HK)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="80" />
        <source>Connect to HQ</source>
        <translation>Anslut till HK</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="86" />
        <source>HQ address</source>
        <translation>HK-adress</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="88" />
        <source>Pairing code</source>
        <translation>Parkopplingskod</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="89" />
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="94" />
        <source>Start with the demo program and catalogue</source>
        <translation>Börja med demoprogrammet och -katalogen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="100" />
        <source>Receipt printer</source>
        <translation>Kvittoskrivare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="103" />
        <source>Preview only (no printer)</source>
        <translation>Endast förhandsvisning (ingen skrivare)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="104" />
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="105" />
        <source>Look for printers</source>
        <translation>Sök efter skrivare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="109" />
        <source>Paper width</source>
        <translation>Pappersbredd</translation>
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
        <translation>Skanna denna testkod: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="122" />
        <source>Scanner test</source>
        <translation>Skannertest</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="127" />
        <source>Manager PIN</source>
        <translation>Chefs-PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="131" />
        <source>PIN (4–8 digits)</source>
        <translation>PIN (4–8 siffror)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="132" />
        <source>PIN again</source>
        <translation>PIN igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="164" />
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="175" />
        <source>HQ answers. Enter the pairing code from HQ and connect again.</source>
        <translation>HK svarar. Ange parkopplingskoden från HK och anslut igen.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="178" />
        <source>Paired with HQ as %1</source>
        <translation>Parkopplad med HK som %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="185" />
        <source>%1 device(s) found; a network printer: type tcp://address:9100</source>
        <translation>%1 enhet(er) hittade; nätverksskrivare: skriv tcp://adress:9100</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="191" />
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="194" />
        <source>Test receipt printed (%1)</source>
        <translation>Testkvitto utskrivet (%1)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="202" />
        <source>Not a valid organisation number (9 digits, mod-11 check)</source>
        <translation>Inte ett giltigt organisationsnummer (9 siffror, mod 11-kontroll)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="205" />
        <source>Connect to HQ with a pairing code, or choose a standalone shop</source>
        <translation>Anslut till HK med en parkopplingskod, eller välj fristående butik</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="209" />
        <source>The two PINs differ</source>
        <translation>De två PIN-koderna skiljer sig</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="219" />
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="138" />
        <source>Add cashiers with `pos-client cashier add NAME --pin PIN`</source>
        <translation>Lägg till kassörer med `pos-client cashier add NAMN --pin PIN`</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="146" />
        <source>%1 is signed in</source>
        <translation>%1 är inloggad</translation>
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
        <translation>HK: %1 – %2 händelser väntar på synkronisering</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="47" />
        <source>re-pair this terminal</source>
        <translation>koppla kassan till HK igen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="49" />
        <source>online, last sync %1</source>
        <translation>ansluten, senast synkroniserad %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="50" />
        <source>offline – sales are kept and sent later</source>
        <translation>frånkopplad – köp sparas och skickas senare</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="61" />
        <source>Loading from HQ: %p %</source>
        <translation>Hämtar från HK: %p %</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="68" />
        <source>%1 refused by HQ – tap for detail</source>
        <translation>%1 avvisade av HK – tryck för detaljer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="74" />
        <source>ready</source>
        <translation>redo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="76" />
        <source>%1 receipt(s) waiting</source>
        <translation>%1 kvitto(n) väntar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="77" />
        <source>not responding</source>
        <translation>svarar inte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="77" />
        <source>out of paper</source>
        <translation>slut på papper</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="78" />
        <source>cover open</source>
        <translation>luckan är öppen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="78" />
        <source>timed out</source>
        <translation>svarade inte i tid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="79" />
        <source>unplugged</source>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="82" />
        <source>Printer: %1</source>
        <translation>Skrivare: %1</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../pos_client/ui/touch_keyboard.py" line="62" />
        <source>space</source>
        <translation>mellanslag</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/touch_keyboard.py" line="70" />
        <source>Hide the letters</source>
        <translation>Dölj bokstäverna</translation>
    </message>
</context>
</TS>