<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="25" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="36" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/basket.py" line="38" />
        <source>Tap a line in the basket first</source>
        <translation>Tap a line in the basket first</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="33" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="35" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="36" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="37" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="38" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="40" />
        <source>I want to join the loyalty program (required)</source>
        <translation>I want to join the loyalty program (required)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="41" />
        <source>Offers by SMS</source>
        <translation>Offers by SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="41" />
        <source>Offers by e-mail</source>
        <translation>Offers by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="47" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="53" />
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/enrolment_page.py" line="55" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="22" />
        <source>Unknown item %1</source>
        <translation>Unknown item %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="23" />
        <source>No member with %1</source>
        <translation>No member with %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="24" />
        <source>%1 is not a phone number</source>
        <translation>%1 is not a phone number</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="25" />
        <source>%1 is neither a phone number nor a member card</source>
        <translation>%1 is neither a phone number nor a member card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="26" />
        <source>The member must tick the loyalty program box to join</source>
        <translation>The member must tick the loyalty program box to join</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="27" />
        <source>%1 is not a coupon</source>
        <translation>%1 is not a coupon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="28" />
        <source>Look the member up before using a coupon</source>
        <translation>Look the member up before using a coupon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="29" />
        <source>%1 is already on this sale</source>
        <translation>%1 is already on this sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="30" />
        <source>Only one coupon per sale – remove the other one first</source>
        <translation>Only one coupon per sale – remove the other one first</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="31" />
        <source>%1 has already been used</source>
        <translation>%1 has already been used</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="32" />
        <source>%1 expired on %2</source>
        <translation>%1 expired on %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="33" />
        <source>%1 belongs to another member</source>
        <translation>%1 belongs to another member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="34" />
        <source>%1 was scanned twice</source>
        <translation>%1 was scanned twice</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="35" />
        <source>%1: nothing left to pay</source>
        <translation>%1: nothing left to pay</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="36" />
        <source>%1: add %2 to the basket to use it</source>
        <translation>%1: add %2 to the basket to use it</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="38" />
        <source>The code is damaged or incomplete – scan again</source>
        <translation>The code is damaged or incomplete – scan again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="39" />
        <source>This code is forged or altered – do not accept it</source>
        <translation>This code is forged or altered – do not accept it</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="40" />
        <source>This code comes from an unknown till – sync and try again</source>
        <translation>This code comes from an unknown till – sync and try again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="41" />
        <source>This is a coupon, not a member card</source>
        <translation>This is a coupon, not a member card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="42" />
        <source>This is a member card, not a coupon</source>
        <translation>This is a member card, not a coupon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="43" />
        <source>The member has only %1 points</source>
        <translation>The member has only %1 points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="44" />
        <source>No receipt %1 on this till</source>
        <translation>No receipt %1 on this till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="45" />
        <source>%1 is a return receipt</source>
        <translation>%1 is a return receipt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="46" />
        <source>%1: only %2 of %3 can still be returned</source>
        <translation>%1: only %2 of %3 can still be returned</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="47" />
        <source>HQ refused the pairing: %1</source>
        <translation>HQ refused the pairing: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="48" />
        <source>HQ at %1 does not answer</source>
        <translation>HQ at %1 does not answer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="49" />
        <source>No receipt printed yet</source>
        <translation>No receipt printed yet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="50" />
        <source>The manager PIN must be 4 to 8 digits</source>
        <translation>The manager PIN must be 4 to 8 digits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="52" />
        <source>Visit points are given once a day – already given today</source>
        <translation>Visit points are given once a day – already given today</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="53" />
        <source>%1 costs %2 points; the member has %3</source>
        <translation>%1 costs %2 points; the member has %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="54" />
        <source>%1 cannot be given to another member</source>
        <translation>%1 cannot be given to another member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="55" />
        <source>%1 already belongs to this member</source>
        <translation>%1 already belongs to this member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="57" />
        <source>This till may not sell yet: set the shop's organisation number in the config</source>
        <translation>This till may not sell yet: set the shop's organisation number in the config</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="59" />
        <source>Sign in as a cashier first</source>
        <translation>Sign in as a cashier first</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="60" />
        <source>Wrong cashier or PIN</source>
        <translation>Wrong cashier or PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="61" />
        <source>Too many wrong PINs – wait %1 s</source>
        <translation>Too many wrong PINs – wait %1 s</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="62" />
        <source>This receipt has already been copied once</source>
        <translation>This receipt has already been copied once</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/error_text.py" line="37" />
        <source>%1 cannot be used with %2</source>
        <translation>%1 cannot be used with %2</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../pos_client/ui/keypad.py" line="35" />
        <source>Letters on screen, for names and e-mail</source>
        <translation>Letters on screen, for names and e-mail</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="27" />
        <source>Phone, name or scan a member card</source>
        <translation>Phone, name or scan a member card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="28" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Member lookup (F2); Enter searches</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="31" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="32" />
        <source>New member (F4)</source>
        <translation>New member (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="34" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/lookup_bar.py" line="37" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="72" />
        <location filename="../../pos_client/ui/main_window.py" line="274" />
        <source>Till – %1</source>
        <translation>Till – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97" />
        <source>standalone</source>
        <translation>standalone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="71" />
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="115" />
        <source>Demo mode – tap here to set up this till for your shop</source>
        <translation>Demo mode – tap here to set up this till for your shop</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="155" />
        <source>Tap a line in the basket first</source>
        <translation>Tap a line in the basket first</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="334" />
        <source>Something went wrong – the sale is kept; see the log</source>
        <translation>Something went wrong – the sale is kept; see the log</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="29" />
        <location filename="../../pos_client/ui/member_panel.py" line="80" />
        <source>No member on this sale</source>
        <translation>No member on this sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="43" />
        <source>Tap a coupon to use it; tap again to save it for next time (F3, Enter)</source>
        <translation>Tap a coupon to use it; tap again to save it for next time (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="82" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="82" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="84" />
        <source>Birthday this week</source>
        <translation>Birthday this week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="90" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="105" />
        <source>%1: %2 free</source>
        <translation>%1: %2 free</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="107" />
        <source>saved for next time</source>
        <translation>saved for next time</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="123" />
        <source>%1 of %2 – next free in %3</source>
        <translation>%1 of %2 – next free in %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="126" />
        <source>%1 free waiting – %2 of %3 on the next card</source>
        <translation>%1 free waiting – %2 of %3 on the next card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/member_panel.py" line="133" />
        <source>free item</source>
        <translation>free item</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="24" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="25" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="26" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/message_line.py" line="27" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PayBar</name>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="24" />
        <source>Reprint last</source>
        <translation>Reprint last</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="26" />
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="27" />
        <source>Cash (F9)</source>
        <translation>Cash (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="28" />
        <source>Type the cash given on the keypad first to see the change</source>
        <translation>Type the cash given on the keypad first to see the change</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="29" />
        <source>Card (F12)</source>
        <translation>Card (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/pay_bar.py" line="40" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="14" />
        <source>Refused by HQ</source>
        <translation>Refused by HQ</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="17" />
        <source>HQ refused these events. The sales are kept on this till; show this list to your HQ contact.</source>
        <translation>HQ refused these events. The sales are kept on this till; show this list to your HQ contact.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/refused_dialog.py" line="26" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="41" />
        <source>Switch cashier</source>
        <translation>Switch cashier</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="43" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="48" />
        <source>TRAINING MODE – receipts are not sales receipts</source>
        <translation>TRAINING MODE – receipts are not sales receipts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="75" />
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="77" />
        <source>No cashier signed in</source>
        <translation>No cashier signed in</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="80" />
        <source>No Z report for %1 yet – take it under Reports</source>
        <translation>No Z report for %1 yet – take it under Reports</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="102" />
        <source>Who is at the till?</source>
        <translation>Who is at the till?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="109" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="115" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="116" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="117" />
        <location filename="../../pos_client/ui/register_page.py" line="186" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="166" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="169" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="204" />
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="246" />
        <source>Drawer opened</source>
        <translation>Drawer opened</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="174" />
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="175" />
        <source>Z report (closes the day)</source>
        <translation>Z report (closes the day)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="176" />
        <source>Training on/off</source>
        <translation>Training on/off</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="177" />
        <source>Open drawer</source>
        <translation>Open drawer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="231" />
        <source>Training mode is on</source>
        <translation>Training mode is on</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="231" />
        <source>Training mode is off</source>
        <translation>Training mode is off</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="28" />
        <source>Receipt number, e.g. K1-000123</source>
        <translation>Receipt number, e.g. K1-000123</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="31" />
        <source>Find receipt</source>
        <translation>Find receipt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="34" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="34" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="34" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="46" />
        <source>Return chosen items</source>
        <translation>Return chosen items</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="49" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="84" />
        <source>Receipt %1: choose how many of each item come back</source>
        <translation>Receipt %1: choose how many of each item come back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="98" />
        <source>Choose at least one item to return</source>
        <translation>Choose at least one item to return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/returns_page.py" line="107" />
        <source>Returned – refund %1, return receipt %2</source>
        <translation>Returned – refund %1, return receipt %2</translation>
    </message>
</context>
<context>
    <name>Rewards</name>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="30" />
        <source>%1: not with %2</source>
        <translation>%1: not with %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="32" />
        <source>%1: once per period, already used</source>
        <translation>%1: once per period, already used</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="33" />
        <source>%1: given as coupons</source>
        <translation>%1: given as coupons</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="53" />
        <location filename="../../pos_client/ui/rewards_panel.py" line="170" />
        <source>Points shop</source>
        <translation>Points shop</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="54" />
        <source>Visit points</source>
        <translation>Visit points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="68" />
        <source>Visit: +%1 points</source>
        <translation>Visit: +%1 points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="75" />
        <source>Perks: %1</source>
        <translation>Perks: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="79" />
        <source>Spend %1 before %2 to keep %3</source>
        <translation>Spend %1 before %2 to keep %3</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="82" />
        <source>%1 friend(s) you referred made their first purchase</source>
        <translation>%1 friend(s) you referred made their first purchase</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="107" />
        <source>Phone or scan the friend's card (optional)</source>
        <translation>Phone or scan the friend's card (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="108" />
        <location filename="../../pos_client/ui/rewards_panel.py" line="111" />
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="138" />
        <source>%1 now has %2 points</source>
        <translation>%1 now has %2 points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="151" />
        <source>%1: printed, usable now</source>
        <translation>%1: printed, usable now</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="159" />
        <source>%1 given to %2</source>
        <translation>%1 given to %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="177" />
        <source>Tap a reward to exchange points for it</source>
        <translation>Tap a reward to exchange points for it</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="179" />
        <source>Give a coupon to another member</source>
        <translation>Give a coupon to another member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="185" />
        <source>The friend's phone</source>
        <translation>The friend's phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="187" />
        <source>Give</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="190" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="193" />
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/rewards_panel.py" line="196" />
        <source>%1 – %2 points</source>
        <translation>%1 – %2 points</translation>
    </message>
</context>
<context>
    <name>SaleKeys</name>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="65" />
        <source>No member found – tap New member (F4) to enrol</source>
        <translation>No member found – tap New member (F4) to enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="68" />
        <source>Scan not recognised – try again</source>
        <translation>Scan not recognised – try again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="107" />
        <source>Welcome! %1 is now a member</source>
        <translation>Welcome! %1 is now a member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="116" />
        <source>The basket is empty</source>
        <translation>The basket is empty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="122" />
        <source>Paid %1 – receipt %2</source>
        <translation>Paid %1 – receipt %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="124" />
        <source>%1 now has %2 points</source>
        <translation>%1 now has %2 points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="127" />
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="135" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Copy of %1 sent to the printer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="141" />
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="141" />
        <source>Clear the current sale?</source>
        <translation>Clear the current sale?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="143" />
        <source>&amp;Clear the sale</source>
        <translation>&amp;Clear the sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sale_keys.py" line="144" />
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>ScannerTest</name>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="152" />
        <source>The scanner reads correctly</source>
        <translation>The scanner reads correctly</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="153" />
        <source>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</source>
        <translation>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets.py" line="169" />
        <source>Scan the test code %1 here</source>
        <translation>Scan the test code %1 here</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="38" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="40" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="41" />
        <location filename="../../pos_client/ui/settings_page.py" line="78" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="50" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="53" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="54" />
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="56" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="56" />
        <source>keyboard wedge</source>
        <translation>keyboard wedge</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="61" />
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="64" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="66" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="67" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="68" />
        <source>Run setup again</source>
        <translation>Run setup again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="69" />
        <source>Support bundle for a technician</source>
        <translation>Support bundle for a technician</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="97" />
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="112" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="114" />
        <source>Test receipt printed</source>
        <translation>Test receipt printed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="121" />
        <source>Support bundle saved: %1</source>
        <translation>Support bundle saved: %1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="29" />
        <source>Set up this till</source>
        <translation>Set up this till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="31" />
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="31" />
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="32" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="32" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="55" />
        <source>This till</source>
        <translation>This till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="59" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="61" />
        <source>e.g. Oslo Storgata kasse 2</source>
        <translation>e.g. Oslo Storgata kasse 2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="62" />
        <source>Till name</source>
        <translation>Till name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="66" />
        <source>Country (phone numbers)</source>
        <translation>Country (phone numbers)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="70" />
        <source>Shop's legal name</source>
        <translation>Shop's legal name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="71" />
        <source>Shop's address</source>
        <translation>Shop's address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="72" />
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="78" />
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="79" />
        <source>Standalone shop (no HQ)</source>
        <translation>Standalone shop (no HQ)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="80" />
        <source>Connect to HQ</source>
        <translation>Connect to HQ</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="86" />
        <source>HQ address</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="88" />
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="89" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="94" />
        <source>Start with the demo program and catalogue</source>
        <translation>Start with the demo program and catalogue</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="100" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="103" />
        <source>Preview only (no printer)</source>
        <translation>Preview only (no printer)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="104" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="105" />
        <source>Look for printers</source>
        <translation>Look for printers</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="109" />
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="110" />
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="117" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="118" />
        <source>Scan this test code: %1</source>
        <translation>Scan this test code: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="122" />
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="127" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="131" />
        <source>PIN (4–8 digits)</source>
        <translation>PIN (4–8 digits)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="132" />
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="164" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="175" />
        <source>HQ answers. Enter the pairing code from HQ and connect again.</source>
        <translation>HQ answers. Enter the pairing code from HQ and connect again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="178" />
        <source>Paired with HQ as %1</source>
        <translation>Paired with HQ as %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="185" />
        <source>%1 device(s) found; a network printer: type tcp://address:9100</source>
        <translation>%1 device(s) found; a network printer: type tcp://address:9100</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="191" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="194" />
        <source>Test receipt printed (%1)</source>
        <translation>Test receipt printed (%1)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="202" />
        <source>Not a valid organisation number (9 digits, mod-11 check)</source>
        <translation>Not a valid organisation number (9 digits, mod-11 check)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="205" />
        <source>Connect to HQ with a pairing code, or choose a standalone shop</source>
        <translation>Connect to HQ with a pairing code, or choose a standalone shop</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="209" />
        <source>The two PINs differ</source>
        <translation>The two PINs differ</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/setup_wizard.py" line="219" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="138" />
        <source>Add cashiers with `pos-client cashier add NAME --pin PIN`</source>
        <translation>Add cashiers with `pos-client cashier add NAME --pin PIN`</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/register_page.py" line="146" />
        <source>%1 is signed in</source>
        <translation>%1 is signed in</translation>
    </message>
</context>
<context>
    <name>TillStatus</name>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="39" />
        <source>HQ: %1</source>
        <translation>HQ: %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="41" />
        <source>HQ: %1 – %2 events waiting to sync</source>
        <translation>HQ: %1 – %2 events waiting to sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="47" />
        <source>re-pair this terminal</source>
        <translation>re-pair this terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="49" />
        <source>online, last sync %1</source>
        <translation>online, last sync %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="50" />
        <source>offline – sales are kept and sent later</source>
        <translation>offline – sales are kept and sent later</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="61" />
        <source>Loading from HQ: %p %</source>
        <translation>Loading from HQ: %p %</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="68" />
        <source>%1 refused by HQ – tap for detail</source>
        <translation>%1 refused by HQ – tap for detail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="74" />
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="76" />
        <source>%1 receipt(s) waiting</source>
        <translation>%1 receipt(s) waiting</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="77" />
        <source>not responding</source>
        <translation>not responding</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="77" />
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="78" />
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="78" />
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="79" />
        <source>unplugged</source>
        <translation>unplugged</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/status_bar.py" line="82" />
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../pos_client/ui/touch_keyboard.py" line="62" />
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/touch_keyboard.py" line="70" />
        <source>Hide the letters</source>
        <translation>Hide the letters</translation>
    </message>
</context>
</TS>