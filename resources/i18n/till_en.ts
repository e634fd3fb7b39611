<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="42" />
        <location filename="../../pos_client/ui/main_window.py" line="188" />
        <source>Till – %1</source>
        <translation>Till – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="58" />
        <source>standalone</source>
        <translation>standalone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="58" />
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="81" />
        <source>Phone, name or scan a member card</source>
        <translation>Phone, name or scan a member card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="82" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Member lookup (F2); Enter searches</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="85" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="87" />
        <source>New member (F4)</source>
        <translation>New member (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="89" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="98" />
        <location filename="../../pos_client/ui/main_window.py" line="362" />
        <source>No member on this sale</source>
        <translation>No member on this sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="108" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Tap a coupon to use it; tap again to save it for next time</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="116" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="144" />
        <source>Reprint last</source>
        <translation>Reprint last</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="146" />
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="147" />
        <source>Cash (F9)</source>
        <translation>Cash (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="148" />
        <source>Card (F12)</source>
        <translation>Card (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="207" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="209" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="210" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="211" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="212" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="213" />
        <source>I want to join the loyalty program (required)</source>
        <translation>I want to join the loyalty program (required)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="214" />
        <source>Offers by SMS</source>
        <translation>Offers by SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="215" />
        <source>Offers by e-mail</source>
        <translation>Offers by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="218" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="223" />
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="224" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="247" />
        <source>Scan not recognised – try again</source>
        <translation>Scan not recognised – try again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="272" />
        <source>No member found – press F4 to enrol</source>
        <translation>No member found – press F4 to enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="321" />
        <source>Welcome! %1 is now a member</source>
        <translation>Welcome! %1 is now a member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="325" />
        <source>The basket is empty</source>
        <translation>The basket is empty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="333" />
        <source>Paid %1 – receipt %2</source>
        <translation>Paid %1 – receipt %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="342" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Copy of %1 sent to the printer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="347" />
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="347" />
        <source>Clear the current sale?</source>
        <translation>Clear the current sale?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="365" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="365" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="370" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="374" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="396" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="403" />
        <source>HQ: %1 – %2 events waiting to sync</source>
        <translation>HQ: %1 – %2 events waiting to sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="408" />
        <source>re-pair this terminal</source>
        <translation>re-pair this terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="410" />
        <source>online, last sync %1</source>
        <translation>online, last sync %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="413" />
        <source>offline – sales are kept and sent later</source>
        <translation>offline – sales are kept and sent later</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="415" />
        <source>%1 refused by HQ</source>
        <translation>%1 refused by HQ</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="419" />
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="33" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="35" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="36" />
        <location filename="../../pos_client/ui/settings_page.py" line="63" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="45" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="48" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="49" />
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="51" />
        <source>Scan the test code TLM1TEST-2:3 here</source>
        <translation>Scan the test code TLM1TEST-2:3 here</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="53" />
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="58" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="59" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="60" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="84" />
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="94" />
        <source>Test receipt printed</source>
        <translation>Test receipt printed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="102" />
        <source>The scanner reads correctly</source>
        <translation>The scanner reads correctly</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/settings_page.py" line="104" />
        <source>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</source>
        <translation>The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC</translation>
    </message>
</context>
</TS>