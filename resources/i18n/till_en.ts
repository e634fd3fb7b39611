<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="38" />
        <source>Till – %1</source>
        <translation>Till – %1</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="57" />
        <source>Phone, name or scan a member card</source>
        <translation>Phone, name or scan a member card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="58" />
        <source>Member lookup (F2); Enter searches</source>
        <translation>Member lookup (F2); Enter searches</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="61" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="63" />
        <source>New member (F4)</source>
        <translation>New member (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="73" />
        <location filename="../../pos_client/ui/main_window.py" line="284" />
        <source>No member on this sale</source>
        <translation>No member on this sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="83" />
        <source>Tap a coupon to use it; tap again to save it for next time</source>
        <translation>Tap a coupon to use it; tap again to save it for next time</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="90" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="90" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="90" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="109" />
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="110" />
        <source>Cash (F9)</source>
        <translation>Cash (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111" />
        <source>Card (F12)</source>
        <translation>Card (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="138" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="140" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="141" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="142" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="143" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="144" />
        <source>I want to join the loyalty program (required)</source>
        <translation>I want to join the loyalty program (required)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="145" />
        <source>Offers by SMS</source>
        <translation>Offers by SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="146" />
        <source>Offers by e-mail</source>
        <translation>Offers by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="149" />
        <source>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</source>
        <translation>Your purchases earn points and benefits. We keep your name, phone and purchases for the membership; you can leave and be forgotten at any time.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="154" />
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="155" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="178" />
        <source>Scan not recognised – try again</source>
        <translation>Scan not recognised – try again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="203" />
        <source>No member found – press F4 to enrol</source>
        <translation>No member found – press F4 to enrol</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="252" />
        <source>Welcome! %1 is now a member</source>
        <translation>Welcome! %1 is now a member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="256" />
        <source>The basket is empty</source>
        <translation>The basket is empty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="264" />
        <source>Paid %1 – receipt %2</source>
        <translation>Paid %1 – receipt %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="270" />
        <source>Clear sale</source>
        <translation>Clear sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="270" />
        <source>Clear the current sale?</source>
        <translation>Clear the current sale?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="287" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="287" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="292" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="296" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="318" />
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="318" />
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="318" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="325" />
        <source>%1 events waiting to sync</source>
        <translation>%1 events waiting to sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="328" />
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
</context>
</TS>