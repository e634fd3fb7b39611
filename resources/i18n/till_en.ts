<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="41" />
        <source>Till – %1</source>
        <translation>Till – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="73" />
        <source>Phone, name or scan a member card</source>
        <translation>Phone, name or scan a member card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="74" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Member lookup (F2); Enter searches</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="77" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="79" />
        <source>New member (F4)</source>
        <translation>New member (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="89" />
        <location filename="../../pos_client/ui/main_window.py" line="312" />
        <source>No member on this sale</source>
        <translation>No member on this sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="99" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Tap a coupon to use it; tap again to save it for next time</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="106" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="129" />
        <source>Reprint last</source>
        <translation>Reprint last</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="131" />
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="132" />
        <source>Cash (F9)</source>
        <translation>Cash (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="133" />
        <source>Card (F12)</source>
        <translation>Card (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="160" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="162" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="163" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="164" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="165" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="166" />
        <source>I want to join the loyalty program (required)</source>
        <translation>I want to join the loyalty program (required)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="167" />
        <source>Offers by SMS</source>
        <translation>Offers by SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="168" />
        <source>Offers by e-mail</source>
        <translation>Offers by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="171" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="176" />
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="177" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="200" />
        <source>Scan not recognised – try again</source>
        <translation>Scan not recognised – try again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="225" />
        <source>No member found – press F4 to enrol</source>
        <translation>No member found – press F4 to enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="274" />
        <source>Welcome! %1 is now a member</source>
        <translation>Welcome! %1 is now a member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="278" />
        <source>The basket is empty</source>
        <translation>The basket is empty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="286" />
        <source>Paid %1 – receipt %2</source>
        <translation>Paid %1 – receipt %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="293" />
        <source>Copy of %1 sent to the printer</source>
        <translation>Copy of %1 sent to the printer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="298" />
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="298" />
        <source>Clear the current sale?</source>
        <translation>Clear the current sale?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="315" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="315" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="320" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="324" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="346" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="353" />
        <source>%1 events waiting to sync</source>
        <translation>%1 events waiting to sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="356" />
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
</context>
</TS>