<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="172"/>
        <source>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;This device: %5&lt;br&gt;Settings and keys: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="183"/>
        <source>The log, to send with a problem report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="185"/>
        <source>About eulac-desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlansDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="177"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="191"/>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="198"/>
        <source>Show on the &amp;projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="257"/>
        <source>Delete the action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTopicDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="110"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="133"/>
        <source>Add a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="113"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="114"/>
        <source>e.g. CLIMATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="116"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="120"/>
        <source>Label in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ago</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="72"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="75"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="77"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="78"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="55"/>
        <source>Print badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="61"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="63"/>
        <source>Make the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/badge_print.py" line="67"/>
        <source>%n badge(s) will be made as a PDF: choose where to save it, then print it.</source>
        <translation>
            <numerusform>%n badge will be made as a PDF: choose where to save it, then print it.</numerusform>
            <numerusform>%n badges will be made as a PDF: choose where to save it, then print it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="74"/>
        <source>Names that cannot be printed whole</source>
        <extracomment>who cannot have their name printed whole (empty, and hidden, when everyone can)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="33"/>
        <source>(%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="34"/>
        <source>These names cannot be printed whole: no font has some of their letters, so “?” stands in their place on the badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="41"/>
        <source>A4, 8 badges per sheet (with cut marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="42"/>
        <source>A4, 4 A6 badges per sheet (fold and cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="43"/>
        <source>A6, one badge per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="44"/>
        <source>US Letter, 6 badges per sheet (4 × 3 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="45"/>
        <source>Label roll, 62 mm wide (Brother QL and similar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="46"/>
        <source>Labels, 4 × 3 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="93"/>
        <source>Print badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="99"/>
        <source>badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="101"/>
        <source>badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="102"/>
        <source>Save the badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="103"/>
        <source>Making badges…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="64"/>
        <source>Theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="186"/>
        <source>Round %1: find your table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="189"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="216"/>
        <source>Round %1: tables and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="267"/>
        <source>Join from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="272"/>
        <source>Scan the code or type the address, then enter the phone code printed on your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="278"/>
        <source>%1 of %2 have voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="300"/>
        <source>Roadmap: our action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="303"/>
        <source>No action plans yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="320"/>
        <source>and %n more plan(s)</source>
        <translation>
            <numerusform>and %n more plan</numerusform>
            <numerusform>and %n more plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="333"/>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="335"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant registered</numerusform>
            <numerusform>%n participants registered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="337"/>
        <source>%1 of %2 participants have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="358"/>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="363"/>
        <source>%n idea(s) so far</source>
        <translation>
            <numerusform>%n idea so far</numerusform>
            <numerusform>%n ideas so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="378"/>
        <source>%n idea(s) not yet in a cluster</source>
        <translation>
            <numerusform>%n idea not yet in a cluster</numerusform>
            <numerusform>%n ideas not yet in a cluster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="381"/>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="410"/>
        <source>No clusters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="401"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="415"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesBox</name>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="94"/>
        <source>No signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="102"/>
        <source>Edit the organiser who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="109"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="167"/>
        <source>Choose the signature image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="111"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <source>Set the signature image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="169"/>
        <source>Remove the signature image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="139"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="140"/>
        <source>nobody gets one yet: certificates are for people who checked in (and attended enough sessions and hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="142"/>
        <source>certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Save the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Making certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="162"/>
        <source>O&amp;rganiser (signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="163"/>
        <source>Name printed under the signature on the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="164"/>
        <source>Organiser who signs the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="165"/>
        <source>Si&amp;gnature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="166"/>
        <source>Choose an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="168"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="170"/>
        <source>Signature image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="171"/>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="172"/>
        <source>at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/certificates.py" line="183"/>
        <source> session(s)</source>
        <translation>
            <numerusform> session</numerusform>
            <numerusform> sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="173"/>
        <source>Only people who attended at least this many sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="174"/>
        <source>and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/certificates.py" line="184"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="175"/>
        <source>Only people who attended at least this many hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="176"/>
        <source>Make attendance certificates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="36"/>
        <source>How might we…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="43"/>
        <source>No countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="44"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="46"/>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Time box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="107"/>
        <source>Check in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="109"/>
        <source>Desk 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="113"/>
        <source>Badge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="213"/>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="297"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="223"/>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="225"/>
        <source>At %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="227"/>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="229"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="313"/>
        <source>Checked in: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="323"/>
        <source>In this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="328"/>
        <source>%1: %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="335"/>
        <source>The event&apos;s entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="353"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="354"/>
        <source>Check in &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="355"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="356"/>
        <source>&amp;Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="357"/>
        <source>Scan a badge (the scanner works wherever the cursor is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="358"/>
        <source>Forgot their badge? Find them by &amp;name (Ctrl+L):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="360"/>
        <source>&amp;Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="359"/>
        <source>Name, organisation or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="361"/>
        <source>Find a participant to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="362"/>
        <source>Start the &amp;kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="363"/>
        <source>&amp;Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="364"/>
        <source>&amp;Webcam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="365"/>
        <source>Sessions and attendance &amp;lists…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="23"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="26"/>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="27"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="36"/>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectLaptopsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="121"/>
        <source>Connect laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="123"/>
        <source>The laptops of this event keep in step through a shared folder: each writes what it records there and takes in what the others wrote, within seconds. Syncthing copies the folder between the laptops over the venue network, with no internet and no server; any other shared folder works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="128"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="131"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="316"/>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="132"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="133"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="263"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="319"/>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="139"/>
        <source>This laptop in Syncthing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="140"/>
        <source>Looking for Syncthing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="145"/>
        <source>This laptop&apos;s device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="146"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="147"/>
        <source>Copy this laptop&apos;s device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="151"/>
        <source>QR code of this laptop&apos;s device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="153"/>
        <source>Type or paste the other laptop&apos;s device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="154"/>
        <source>Device id of a laptop to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="156"/>
        <source>&amp;Add laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="157"/>
        <source>Add the laptop with this device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="159"/>
        <source>Sca&amp;n its code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="160"/>
        <source>Scan the other laptop&apos;s QR code with the webcam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="173"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="177"/>
        <source>Laptops of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Last delta received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="176"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="186"/>
        <source>&amp;Trust the selected laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="187"/>
        <source>Trust the selected laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="190"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="191"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="235"/>
        <source>Syncthing is not installed on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="247"/>
        <source>Show this id to the other laptops (or let them scan the code), and add theirs below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="286"/>
        <source>Scan the other laptop&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="288"/>
        <source>Hold the other laptop&apos;s screen, showing its code, up to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="312"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="339"/>
        <source>%1 (no longer trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="341"/>
        <source>%1 (not trusted yet: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="342"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="364"/>
        <source>Trust this laptop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="365"/>
        <source>Trust “%1” only if its screen shows the same fingerprint:

%2

(eulac device show, or About on that laptop.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="142"/>
        <source>This file has been removed from the recent events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="198"/>
        <source>Open an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="199"/>
        <source>Event files (*.eulac);;Setup bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="207"/>
        <source>Event file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="208"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>New master file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>Programme name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="254"/>
        <source>Save the master file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="255"/>
        <source>Event files (*.eulac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="277"/>
        <source>Preparing the demo event…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="20"/>
        <source>It happened during “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="26"/>
        <source>It happened on the %1 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="28"/>
        <source>It happened in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="44"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong that the app did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="52"/>
        <source>Your data is safe: every change is saved as it is made. You can carry on; if it happens again, close the event and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="57"/>
        <source>The details are in the log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="59"/>
        <source>The details could not be written to the log file (%1). Copy them with “Copy details” to send with your report: they are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="62"/>
        <source>This computer keeps no log file. Copy the details with “Copy details” to send with your report: they are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="70"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="75"/>
        <source>&amp;Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="94"/>
        <source>This has happened %n time(s).</source>
        <translation>
            <numerusform>This has happened %n time.</numerusform>
            <numerusform>This has happened %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="96"/>
        <source>%n other error(s) happened meanwhile (they are in the log too).</source>
        <translation>
            <numerusform>%n other error happened meanwhile (it is in the log too).</numerusform>
            <numerusform>%n other errors happened meanwhile (they are in the log too).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="116"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Region</source>
        <extracomment>(plan id, status): move the plan chosen in the roadmap to this status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="166"/>
        <source>fewer than 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="201"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="210"/>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="211"/>
        <source>Devices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="212"/>
        <source>Bundles received (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="213"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="213"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="254"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="214"/>
        <source>Double check-ins (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="215"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="255"/>
        <source>KPIs by gender and stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="216"/>
        <source>Roadmap (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="233"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="227"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="221"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="221"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="223"/>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="223"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="252"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>Rows changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="231"/>
        <source>Also checked in (superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Stakeholder type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="233"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="244"/>
        <source>S&amp;tatus of the chosen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="245"/>
        <source>Status of the chosen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="246"/>
        <source>Set the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="247"/>
        <source>A later event&apos;s news: move the chosen plan to planned, started or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="248"/>
        <source>Registered and attended across the events, by gender, region and stakeholder type; groups of 1 to 4 people are shown as “fewer than 5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="250"/>
        <source>People checked in on more than one laptop: the earliest check-in counts, the others are kept as superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="252"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="254"/>
        <source>Double check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="256"/>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceNameDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="91"/>
        <source>Name this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="92"/>
        <source>Give this laptop a name that people in the room will recognise, such as “Desk 2” or “Registration”. It is shown wherever this laptop&apos;s bundles arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="98"/>
        <source>Laptop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="100"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="43"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="84"/>
        <source>Merge, keep the &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="85"/>
        <source>Merge, keep the &amp;second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="86"/>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="87"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="88"/>
        <source>The two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Checked in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="92"/>
        <source>A merge keeps one record and completes it from the other; Ctrl+Z undoes it. “Not the same person” is remembered in this event file: the pair is not flagged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="107"/>
        <source>No likely duplicates left to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="111"/>
        <source>very close name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="112"/>
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n pair to review.</numerusform>
            <numerusform>%n pairs to review.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="113"/>
        <source>Are these one person? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="145"/>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the event&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="126"/>
        <source>Edit the welcome text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/event.py" line="162"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant registered</numerusform>
            <numerusform>%n participants registered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>Last change: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="165"/>
        <source>File: %1 (file format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="192"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>En&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>Ven&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="194"/>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="194"/>
        <source>&amp;Main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="197"/>
        <source>&amp;Welcome text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="198"/>
        <source>Shown on the projector when people arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="202"/>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="204"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="214"/>
        <source>This computer keeps no log file: the details button shows the details, to copy into your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="216"/>
        <source>The details could not be written to the log file (%1): the details button shows them, to copy into your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="228"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="204"/>
        <source>The details are in the log file: %1</source>
        <extracomment>(text): a change that has no undo was made; the undo history ends there (`barrier` holds its text) the text of the last change that could not be undone: the undo history begins after it (&quot;&quot; if none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="117"/>
        <source>Rate a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="160"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="79"/>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="83"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="95"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="97"/>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="98"/>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="99"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="107"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="108"/>
        <source>Marked as the same idea:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="398"/>
        <source>Add a challenge (Ctrl+Alt+N) to start capturing ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="410"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="411"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="412"/>
        <source>Arrows move between cards, a cluster&apos;s number moves them there (0: unsorted), Enter opens a card, Space + drag pans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="236"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="416"/>
        <source>Cl&amp;ose challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="417"/>
        <source>Re&amp;open challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Stop co&amp;untdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="238"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Start co&amp;untdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="428"/>
        <source>0 · Unsorted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="430"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="642"/>
        <source>Theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="452"/>
        <source>Add a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="469"/>
        <source>Edit a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Close a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Reopen a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="511"/>
        <source>Badge refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="519"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="538"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Add %n idea</numerusform>
            <numerusform>Add %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="524"/>
        <source>Added %n idea(s).</source>
        <translation>
            <numerusform>Added %n idea.</numerusform>
            <numerusform>Added %n ideas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="535"/>
        <source>Paste ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="536"/>
        <source>The text has %n line(s). Add one idea per line?</source>
        <translation>
            <numerusform>The text has %n line. Add one idea per line?</numerusform>
            <numerusform>The text has %n lines. Add one idea per line?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="539"/>
        <source>Keep as one idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="580"/>
        <source>Author of the next idea: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="591"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="629"/>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="594"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="597"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="608"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="606"/>
        <source>There is no cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Name of the cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="645"/>
        <source>Rename a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="657"/>
        <source>Colour a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="242"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="663"/>
        <source>Merge clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="668"/>
        <source>Delete a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="680"/>
        <source>Reorder clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="252"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="687"/>
        <source>Mark duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="244"/>
        <source>Merge</source>
        <comment>toolbar: merge clusters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="254"/>
        <source>Duplicates</source>
        <comment>toolbar: mark duplicates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="693"/>
        <source>Separate duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="263"/>
        <source>Make an action plan from the selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="414"/>
        <source>Open for ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="415"/>
        <source>Closed to new ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Stop the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Start the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="698"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Delete %n idea</numerusform>
            <numerusform>Delete %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="710"/>
        <source>Edit an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="726"/>
        <source>ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="727"/>
        <source>Export ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="745"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="759"/>
        <source>Poll from clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <source>Title of the poll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="763"/>
        <source>Poll “%1” created with %n option(s), as a draft: open it on the Voting page.</source>
        <translation>
            <numerusform>Poll “%1” created with %n option, as a draft: open it on the Voting page.</numerusform>
            <numerusform>Poll “%1” created with %n options, as a draft: open it on the Voting page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="797"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="799"/>
        <source>The challenge and its countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="800"/>
        <source>The board of clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="803"/>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="823"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="824"/>
        <source>Challen&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="825"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="826"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="827"/>
        <source>Type an idea and press Enter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="828"/>
        <source>New idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="829"/>
        <source>Enter adds the idea · Ctrl+Enter starts a new line · paste a list to add one idea per line · scan a badge to set the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="833"/>
        <source>Scan a badge or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="834"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="835"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="836"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="837"/>
        <source>A&amp;dd idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="838"/>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="839"/>
        <source>What the projector shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="840"/>
        <source>Projector screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="841"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="842"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="233"/>
        <source>&amp;New challenge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="235"/>
        <source>Edit &amp;challenge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="239"/>
        <source>Capture an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="245"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="246"/>
        <source>Cluster colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="247"/>
        <source>Move cluster left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="249"/>
        <source>Move cluster right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="251"/>
        <source>Delete cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="256"/>
        <source>Delete ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="258"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="259"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="260"/>
        <source>Fit the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="261"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="262"/>
        <source>Make a poll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="265"/>
        <source>Previous screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="267"/>
        <source>Next screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="269"/>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="271"/>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="241"/>
        <source>A new cluster of the selected cards, taken from where they were: this also splits a cluster (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="243"/>
        <source>Merge the selected clusters into the first one (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="253"/>
        <source>Show the selected cards as one idea; each keeps its text and author (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="54"/>
        <source>Import a list of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="60"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="417"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="83"/>
        <source>List to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="86"/>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="92"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="95"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="104"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="107"/>
        <source>&amp;Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="108"/>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="111"/>
        <source>Choose the organisers&apos; list: CSV, TSV or TXT (any separator and encoding), or an Excel or LibreOffice spreadsheet (XLSX, XLS, ODS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="124"/>
        <source>Choose the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="125"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="140"/>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="159"/>
        <source>The encoding is not certain. Which way are the names written correctly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="175"/>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="180"/>
        <source>Columns of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="183"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Column in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="199"/>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="201"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="205"/>
        <source>Field of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="243"/>
        <source>Preview of the first rows, as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="256"/>
        <source>Updates: tick the people to update, untick to keep the current record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="258"/>
        <source>Update &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="259"/>
        <source>&amp;Keep all as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="276"/>
        <source>&amp;Save the report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="293"/>
        <source>Checking the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="307"/>
        <source>%n row(s) name topics the event does not have yet: imported, and listed under Problems.</source>
        <translation>
            <numerusform>%n row names topics the event does not have yet: imported, and listed under Problems.</numerusform>
            <numerusform>%n rows name topics the event does not have yet: imported, and listed under Problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="310"/>
        <source>same e-mail as row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="315"/>
        <source>same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="315"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="316"/>
        <source>very close name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>May be the same person as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="323"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="402"/>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="462"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="462"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="326"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="164"/>
        <source>%n row(s) of data</source>
        <translation>
            <numerusform>%n row of data</numerusform>
            <numerusform>%n rows of data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="165"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="300"/>
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n duplicate row</numerusform>
            <numerusform>%n duplicate rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="301"/>
        <source>%n invalid row(s) (not imported)</source>
        <translation>
            <numerusform>%n invalid row (not imported)</numerusform>
            <numerusform>%n invalid rows (not imported)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="302"/>
        <source>%1: %2, %3, %4, %5, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="327"/>
        <source>Possible duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="328"/>
        <source>Updates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>What changes (current → in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="366"/>
        <source>Ticked people are updated from the list; unticked ones keep their current record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="367"/>
        <source>%n kept as they are.</source>
        <translation>
            <numerusform>%n kept as it is.</numerusform>
            <numerusform>%n kept as they are.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="372"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="373"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="403"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="417"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="449"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="46"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="47"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="48"/>
        <source>Merged duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="49"/>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="50"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="51"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="52"/>
        <source>Session attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="53"/>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="54"/>
        <source>Who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="55"/>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="56"/>
        <source>Voided ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="57"/>
        <source>Paper ballots read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="58"/>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="59"/>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="60"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="61"/>
        <source>P2P topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="62"/>
        <source>P2P plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="63"/>
        <source>P2P ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="64"/>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="65"/>
        <source>Evaluation survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="66"/>
        <source>Evaluation answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="78"/>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="79"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="80"/>
        <source>A bundle (%1) of “%2”, made on %3 by %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="87"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="98"/>
        <source>What the import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="99"/>
        <source>Nothing to change: this bundle&apos;s data is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="100"/>
        <source>%n row(s) will stop counting (a later check-in or ballot of the same person); they are kept and listed in the audit.</source>
        <translation>
            <numerusform>%n row will stop counting (a later check-in or ballot of the same person); it is kept and listed in the audit.</numerusform>
            <numerusform>%n rows will stop counting (a later check-in or ballot of the same person); they are kept and listed in the audit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="102"/>
        <source>Nothing is written until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="105"/>
        <source>%n person(s) checked in on more than one laptop (the earliest check-in counts): %1</source>
        <translation>
            <numerusform>%n person checked in on more than one laptop (the earliest check-in counts): %1</numerusform>
            <numerusform>%n people checked in on more than one laptop (the earliest check-in counts): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="111"/>
        <source>“%1” is not a coordinator of this event: %n row(s) of the event&apos;s settings left out.</source>
        <translation>
            <numerusform>“%1” is not a coordinator of this event: %n row of the event&apos;s settings left out.</numerusform>
            <numerusform>“%1” is not a coordinator of this event: %n rows of the event&apos;s settings left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="116"/>
        <source>%n ballot(s) refused, not imported: more than the people its laptop recorded as having voted in the poll (made-up ballots).</source>
        <translation>
            <numerusform>%n ballot refused, not imported: more than the people its laptop recorded as having voted in the poll (made-up ballots).</numerusform>
            <numerusform>%n ballots refused, not imported: more than the people their laptop recorded as having voted in the poll (made-up ballots).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="121"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="151"/>
        <source>Check-in kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="196"/>
        <source>%1 of %2 participants have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="200"/>
        <source>Welcome! Scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="208"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopSetup</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="133"/>
        <source>Choose the setup bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="134"/>
        <source>Setup bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="137"/>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="155"/>
        <source>Checking the setup bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="164"/>
        <source>Where to keep this laptop&apos;s event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="165"/>
        <source>Event files (*.eulac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="184"/>
        <source>Setting up the event on this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="195"/>
        <source>Set up this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="196"/>
        <source>“%1” already holds the event “%2” on this laptop. Open it and bring in what this setup bundle changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="373"/>
        <source>No recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="462"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="473"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="474"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="475"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="476"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="477"/>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="478"/>
        <source>&amp;Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="479"/>
        <source>V&amp;oting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="480"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="483"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="484"/>
        <source>Connec&amp;t laptops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>Open the &amp;demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>&amp;Close event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="486"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>Command &amp;palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Find a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Open the room to p&amp;hones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;About eulac-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="498"/>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="499"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="500"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="507"/>
        <source>Cannot undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>P2P learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="515"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="51"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="52"/>
        <source>&amp;Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="53"/>
        <source>New &amp;master file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="54"/>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="55"/>
        <source>&amp;Close the master file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="56"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="57"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="58"/>
        <source>%1 (master) — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/message_dialog.py" line="72"/>
        <source>This computer could not open the folder “%1”: no file manager answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodTexts</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="23"/>
        <source>Each person has %1 dots and may put up to %2 on one option. An option&apos;s score is its number of dots; the most dots first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="26"/>
        <source>Each person ranks the options, best first (a partial ranking is fine). With k options the first gets k−1 points, the next k−2, … the last 0; options left out of a ranking get 0. Most points first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="29"/>
        <source>Each person ranks the options, best first (a partial ranking is fine: listed options come before the others). The Schulze method compares every pair of options; the option that beats every other one (the Condorcet winner) wins. The score is how many options it beats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="33"/>
        <source>Each person shares exactly %1 points among the options. An option&apos;s score is its points; the most points first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="35"/>
        <source>Each person rates each option from 1 to 5 for impact and for effort. Results are the averages with their spread, split at 3: quick wins (high impact, low effort), big bets (high impact, high effort), fill-ins (low, low) and money pits (low impact, high effort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="39"/>
        <source>Each person ticks every option they approve of. An option&apos;s score is its number of approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="41"/>
        <source>Each person says yes, no or abstain to each question. The score is yes minus no; a question passes with more yes than no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="44"/>
        <source>Ties share a rank and are shown as ties; among tied options the poll&apos;s order is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="44"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="49"/>
        <source>e.g. Co-Innovation Lab on research infrastructures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="66"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="71"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="72"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="73"/>
        <source>En&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="74"/>
        <source>Ven&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="75"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="76"/>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="77"/>
        <source>Save &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="87"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="106"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="110"/>
        <source>Save the new event as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="111"/>
        <source>Event files (*.eulac)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="35"/>
        <source>The device&apos;s key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="37"/>
        <source>This bundle says it comes from “%1”, which this laptop knows with another key. It may be forged. Accept the new key only if the owner of “%1” shows you the new fingerprint on their screen (a new installation makes a new key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>Known key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>New key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="54"/>
        <source>&amp;Accept the new key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>P2PPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="185"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="190"/>
        <source>No plan yet: plan the rounds (the people who checked in, by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="197"/>
        <source>%1 of %2 seeks met · %3 interpreted seats · %4 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="256"/>
        <source>Table %1 (%2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="256"/>
        <source>interprets for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="277"/>
        <source>%1 (table %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="346"/>
        <source>agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="346"/>
        <source>table signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the table signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="366"/>
        <source>P&amp;lan the rounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="368"/>
        <source>Feedback &amp;kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Table and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="263"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>Move someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="195"/>
        <source>%1 of %2 tables mixed EU/LAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="219"/>
        <source>Likely the same person, never at one table: %1 (%2) and %3 (%4); merge them on the Participants page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="225"/>
        <source>… and %n more pair(s) likely of one person, kept apart: point here to see them all</source>
        <translation>
            <numerusform>… and %n more pair likely of one person, kept apart: point here to see them all</numerusform>
            <numerusform>… and %n more pairs likely of one person, kept apart: point here to see them all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="230"/>
        <source>Before the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="240"/>
        <source>first round at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>To table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="320"/>
        <source>Plan the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="321"/>
        <source>Planning the rounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="329"/>
        <source>Plan the rounds again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="330"/>
        <source>Replace the saved plan of %1? The agendas printed from it will no longer match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="333"/>
        <source>&amp;Replace the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="348"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="361"/>
        <source>P2P learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="362"/>
        <source>Topi&amp;cs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="363"/>
        <source>&amp;Tables on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="364"/>
        <source>The projector shows each table of the round with its topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="365"/>
        <source>Import, add, rename and translate the event&apos;s P2P topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="367"/>
        <source>&amp;Move someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="369"/>
        <source>&amp;Agendas (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="370"/>
        <source>Table &amp;signs (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="371"/>
        <source>Round on the p&amp;rojector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="373"/>
        <source>Interpreting, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="374"/>
        <source>Tables of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="375"/>
        <source>Drag a person onto another table to move them (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="376"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="377"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="378"/>
        <source>What the plan could not do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperAnswersDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="222"/>
        <source>Evaluation answers from paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="237"/>
        <source>Person who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="239"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="248"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="283"/>
        <source>Choose the person who filled in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="292"/>
        <source>Type evaluation answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="138"/>
        <source>Paper ballots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="140"/>
        <source>Scan or type the serial, then Enter or Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="141"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="147"/>
        <source>Second &amp;entry (compare with the first; nothing is counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="152"/>
        <source>Last ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="153"/>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="219"/>
        <source>&amp;Record this ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="157"/>
        <source>Ballots whose entries disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="160"/>
        <source>Type each mark (a number, or the first letter of the answer), Tab to the next, Enter to record the ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="164"/>
        <source>&amp;Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="176"/>
        <source>Entries that disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="219"/>
        <source>&amp;Record the second entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="230"/>
        <source>Two options have rank %1: give each rank once (leave a rank that cannot be read empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="236"/>
        <source>Check a paper ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="240"/>
        <source>Both entries agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="241"/>
        <source>The entries disagree: check this paper ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="243"/>
        <source>Enter a paper ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="247"/>
        <source>Counted (%n ballot(s) in this sitting).</source>
        <translation>
            <numerusform>Counted (%n ballot in this sitting).</numerusform>
            <numerusform>Counted (%n ballots in this sitting).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>the two entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>no second entry yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="271"/>
        <source>checked, but never entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Family name</source>
        <extracomment>called to edit a field: (participant id, field, new value) → whether the core accepted it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Stakeholder type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="119"/>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="159"/>
        <source>Edit a participant</source>
        <extracomment>How long each step of reading the search index&apos;s words takes while the window idles (a key waits at most that)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="201"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="211"/>
        <source>Merge two participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="217"/>
        <source>Keep the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="218"/>
        <source>Keep the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="362"/>
        <source>Review likely d&amp;uplicates (%n)…</source>
        <translation>
            <numerusform>Review likely d&amp;uplicates (%n)…</numerusform>
            <numerusform>Review likely d&amp;uplicates (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="363"/>
        <source>Review likely d&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="441"/>
        <source>Merge participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="246"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="212"/>
        <source>Merge these two records of one person? The one kept stays in the list; the other is removed from it, and its check-in, votes, ideas and P2P offers and seeks count for the one kept. Empty fields of the one kept are completed from the other; photo consent is never taken from it. Ctrl+Z undoes the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="216"/>
        <source>First: %1
Second: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="241"/>
        <source>Erase the personal data of %1 for good?

Their name, e-mail and organisation are removed from this event file and from every bundle merged later. Anonymous facts (country, role, attendance) are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="256"/>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="257"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="274"/>
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>Exported %n participant to %1</numerusform>
            <numerusform>Exported %n participants to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="276"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="317"/>
        <source>Gender not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="319"/>
        <source>Stakeholder type not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>Arrived or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>All stakeholder types</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="350"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participant shown</numerusform>
            <numerusform>%n participants shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="350"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="352"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant registered</numerusform>
            <numerusform>%n participants registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="354"/>
        <source>%n erased (not counted)</source>
        <translation>
            <numerusform>%n erased (not counted)</numerusform>
            <numerusform>%n erased (not counted)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="366"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="369"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="367"/>
        <source>Search by name, organisation or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="368"/>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="372"/>
        <source>Filter by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="373"/>
        <source>Filter by stakeholder type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="374"/>
        <source>Filter by check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>&amp;Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>Add a &amp;walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Delete participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Merge two participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;rase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;xport the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="379"/>
        <source>Print &amp;badges…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="366"/>
        <source>The room to phones stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="378"/>
        <source>Participants vote, post ideas and find their table from their own phones, on this laptop&apos;s network: no internet needed. Pick the network the phones are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="382"/>
        <source>The room is open. Phones on the same network open this address, or scan the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="386"/>
        <source>Address of the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="388"/>
        <source>QR code of the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="390"/>
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="396"/>
        <source>Ballots cast: %1 of %2 eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="405"/>
        <source>%n idea(s) on the board of the open challenge</source>
        <translation>
            <numerusform>%n idea on the board of the open challenge</numerusform>
            <numerusform>%n ideas on the board of the open challenge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="425"/>
        <source>The latest opened poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="427"/>
        <source>The open question with a countdown, else the last opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="429"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="459"/>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="463"/>
        <source>%1 (not checked in: may not vote yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="476"/>
        <source>Phones in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="477"/>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="478"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="479"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="480"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="481"/>
        <source>&amp;Open the room to phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="482"/>
        <source>Each person joins with the phone code printed on their badge; look it up below to read it out to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="484"/>
        <source>Phones joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="485"/>
        <source>Poll on p&amp;hones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="486"/>
        <source>&amp;Ideas for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="487"/>
        <source>Poll on phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="488"/>
        <source>Question that phones send ideas to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="489"/>
        <source>Show &amp;each person their table in the P2P round running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="490"/>
        <source>Let each person answer the e&amp;valuation survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="491"/>
        <source>&amp;Look up a phone code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="492"/>
        <source>Name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="493"/>
        <source>Look up a person&apos;s phone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="495"/>
        <source>&amp;Sign this phone out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="496"/>
        <source>Show on the &amp;projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="497"/>
        <source>&amp;Close the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="498"/>
        <source>Use the venue&apos;s WPA2 Wi-Fi or your own access points (a phone&apos;s hotspot holds about 20 phones). Tokens and phone codes protect the ballots; plain HTTP does not hide traffic from someone on the same open network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="49"/>
        <source>Kiosk PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="57"/>
        <source>&amp;PIN (at least 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="58"/>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="63"/>
        <source>The kiosk fills the screen and can be left only with this PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="71"/>
        <source>Use at least 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="73"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinLockedWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="122"/>
        <source>Too many wrong PINs: wait before trying again (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="124"/>
        <location filename="../eulac_desktop/ui/kiosk.py" line="126"/>
        <source>Leave the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="127"/>
        <source>Facilitator&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="49"/>
        <source>Plan the P2P rounds</source>
        <extracomment>likely-duplicate pairs listed above the rounds; more are counted, all in the tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="58"/>
        <source>As many as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="62"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="63"/>
        <source>Only people who &amp;checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="73"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>&amp;Rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>Fewest at a table (&amp;min):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>Most at a table (ma&amp;x):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>Time to &amp;improve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>First round &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="78"/>
        <source>Each round &amp;lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="163"/>
        <source>Edit the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="155"/>
        <source>New action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Problem it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>Find a pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>F&amp;unding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>St&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Problem it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Find a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="116"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="119"/>
        <source>One a line: 2027-03-01 Pilot in Piura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="120"/>
        <source>YYYY-MM-DD (default: the event&apos;s start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="42"/>
        <source>New poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="59"/>
        <source>Options typed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="62"/>
        <source>The clusters of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="64"/>
        <source>One option per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="66"/>
        <source>&amp;Secret ballot (who voted what is never stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="68"/>
        <source>Show &amp;results live while voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="70"/>
        <source>People who checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="71"/>
        <source>Everyone registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="73"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="74"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="76"/>
        <source>&amp;Dots per person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="77"/>
        <source>At most on &amp;one option:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="78"/>
        <source>&amp;Points to share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="79"/>
        <source>O&amp;ptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="81"/>
        <source>&amp;Who may vote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="146"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="148"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="153"/>
        <source>The colours follow your system&apos;s light or dark theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="156"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="157"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="288"/>
        <source>Print “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="301"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="160"/>
        <source>“%1” could not be read to be printed.</source>
        <extracomment>Writes the PDF to the given path (on a worker thread); may report progress and raise `Cancelled`. which remembered folder: &quot;badges&quot;, &quot;attendance&quot;, &quot;agendas&quot;, &quot;signs&quot;, &quot;ballots&quot;, &quot;report&quot;… the suggested file name (see `file_name`) the save dialog&apos;s title, e.g. &quot;Save the badges&quot; shown while the PDF is written, e.g. &quot;Making badges…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="161"/>
        <source>Open it in a PDF viewer and print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="165"/>
        <source>None of the pages chosen is in the PDF (pages 1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="170"/>
        <source>The printer “%1” could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="172"/>
        <source>Check that it is on and connected, or choose another printer; the PDF is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="178"/>
        <source>The printer stopped after page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="316"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="98"/>
        <location filename="../eulac_desktop/ui/projector.py" line="99"/>
        <source>Projector</source>
        <extracomment>The size the preview and a frozen picture are painted at when the projector window is closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="308"/>
        <source>Evaluation survey questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="311"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="313"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="314"/>
        <source>A new question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as a ra&amp;ting (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as an &amp;open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="349"/>
        <source>Edit the survey questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="77"/>
        <source>Ready: scan a badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsCanvas</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="72"/>
        <source>The results are shown when the poll closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="75"/>
        <source>No ballots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="87"/>
        <source>%n double vote(s)</source>
        <translation>
            <numerusform>%n double vote</numerusform>
            <numerusform>%n double votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="88"/>
        <source>%1 of %2 voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="130"/>
        <source>yes %1 · no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="132"/>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="142"/>
        <source>(tie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="141"/>
        <source>beats %n other option(s)</source>
        <translation>
            <numerusform>beats %n other option</numerusform>
            <numerusform>beats %n other options</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Big bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Money pits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="167"/>
        <source>Effort →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="172"/>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="174"/>
        <source>Impact →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="198"/>
        <source>impact %1 ± %2, effort %3 ± %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="35"/>
        <source>setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="36"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="37"/>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="198"/>
        <source>This master file holds no event yet: import the events&apos; bundles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Which event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="209"/>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="210"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="275"/>
        <source>Bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="220"/>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="221"/>
        <source>Wrote %1 (signed by %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>Save the outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="245"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="265"/>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="242"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="189"/>
        <source>Change an action plan&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="254"/>
        <source>Folder for the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="264"/>
        <source>Writing the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="274"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="383"/>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="285"/>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="308"/>
        <source>Not imported: the device was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="340"/>
        <source>Comparing with this event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="347"/>
        <source>A new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="348"/>
        <source>This is the first setup bundle of the event “%1” this master file receives: it makes “%2” the event&apos;s coordinator here. Check with the coordinator that its fingerprint is %3, then trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="353"/>
        <source>A new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="354"/>
        <source>This bundle comes from “%1”, a device not trusted yet. Check with its owner that its fingerprint is %2, then trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="357"/>
        <source>&amp;Trust this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="414"/>
        <source>I&amp;mport a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="296"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="317"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="336"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="373"/>
        <source>Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="302"/>
        <source>Not imported: the device&apos;s new key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="383"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="387"/>
        <source>Imported: %n row(s) added or updated.</source>
        <translation>
            <numerusform>Imported: %n row added or updated.</numerusform>
            <numerusform>Imported: %n rows added or updated.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="399"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="402"/>
        <source>This master file holds the events of a programme. Import each event&apos;s setup bundle and each laptop&apos;s result bundle: the tabs below show what arrived, from which device, and attendance and results across events. Reports and data are made for one event at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="407"/>
        <source>A setup bundle carries this event (and its secrets) to the other laptops; each laptop sends back a result bundle; the coordinator imports them all. An anonymised bundle holds no personal data. Every bundle is signed by the device that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;setup bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;result bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="411"/>
        <source>Export an &amp;anonymised bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="415"/>
        <source>Ou&amp;tcome report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="416"/>
        <source>All the &amp;data (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="388"/>
        <source>Laptops of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="419"/>
        <source>Room: %n other laptop(s)</source>
        <translation>
            <numerusform>Room: %n other laptop</numerusform>
            <numerusform>Room: %n other laptops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="421"/>
        <source>last delta %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="424"/>
        <source>checked in on two laptops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="426"/>
        <source>double votes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="428"/>
        <source>sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="218"/>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="219"/>
        <source>Saved as “%1” in the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="222"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="223"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="224"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="225"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="230"/>
        <source>This computer could not open “%1”: no program for PDF files is set up. Use “Print…” or copy the file to a computer with a PDF viewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPrompt</name>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="49"/>
        <source>Scanned badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="50"/>
        <source>&amp;Go to check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="51"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="57"/>
        <source>Badge refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="59"/>
        <source>Badge of %1 — go to check-in?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="36"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="48"/>
        <source>&amp;Add the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="52"/>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="59"/>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="62"/>
        <source>Attendance &amp;sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="97"/>
        <source>Add a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="116"/>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Save the attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Writing the attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupConfirmDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="43"/>
        <source>Set up this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="45"/>
        <source>This setup bundle is signed by the device of a coordinator this laptop does not trust yet. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle); the event&apos;s details are read once you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="49"/>
        <source>This setup bundle holds the event below, signed by the coordinator&apos;s device. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="58"/>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="59"/>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="60"/>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="61"/>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="62"/>
        <source>Coordinator&apos;s device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="63"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>Bundle made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="86"/>
        <source>Warning: this laptop knows the device “%1” with another key. The bundle may be forged: go on only if the coordinator confirms this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="91"/>
        <source>This laptop already trusts this coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Set up the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Trust this coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="83"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="167"/>
        <source>Answer the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="209"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../eulac_desktop/ui/tasks.py" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="144"/>
        <source>P2P topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="149"/>
        <source>Topics and their labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="192"/>
        <source>&amp;Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="193"/>
        <source>&amp;Add a topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="194"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="223"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="258"/>
        <source>Import a topics list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="195"/>
        <source>Add a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="196"/>
        <source>A topic has a code (as people&apos;s offers and seeks name it) and a label in each of the event&apos;s languages. Double-click a label, or press F2, to rename or translate it; Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="199"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="200"/>
        <source>Offers and seeks that name no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="224"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="242"/>
        <source>Import topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="246"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="250"/>
        <source>Offers and seeks that name no topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="251"/>
        <source>Topics imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="259"/>
        <source>The encoding is not certain. Which way are the labels written correctly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, offered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, sought by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="272"/>
        <source>did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="73"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="82"/>
        <source>Double-click or press F2 to rename or translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="99"/>
        <source>Rename a topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="75"/>
        <source>The bundle&apos;s clock is ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="77"/>
        <source>Its changes would win over those made here until this computer&apos;s clock catches up. Import it anyway only if you know why that device&apos;s clock is ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="80"/>
        <source>Import &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="204"/>
        <source>Cast a ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="243"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="190"/>
        <source>No poll yet: make one (Ctrl+Alt+N), or turn a challenge&apos;s clusters into one on the Ideas page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="196"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="197"/>
        <source>Reope&amp;n poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="199"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="200"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="373"/>
        <source>Ope&amp;n poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Secret ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Named ballot: who voted what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="224"/>
        <source>New poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Open a poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Close a poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="258"/>
        <source>Paper ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <source>How many ballots?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="259"/>
        <source>First serial number (1, or after those printed before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="263"/>
        <source>ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Save the paper ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Making the paper ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="302"/>
        <source>Void a ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <source>Ballot (in no order: a secret poll keeps no order of casting):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="294"/>
        <source>Ballot (latest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <source>Reason (recorded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="345"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="346"/>
        <source>this poll has no result yet: an action plan is made from its top option once people have voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="357"/>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="359"/>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="360"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;New poll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>Voting &amp;kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>&amp;Print paper ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>&amp;Enter paper ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>Results on the p&amp;rojector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="364"/>
        <source>&amp;Void a ballot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>Action plan from the &amp;top option…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>&amp;Action plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="366"/>
        <source>Eval&amp;uation survey kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="367"/>
        <source>Type evaluation an&amp;swers from paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="368"/>
        <source>Evaluation survey &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="373"/>
        <source>Ne&amp;w poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>&amp;Close poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>Voting &amp;kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="375"/>
        <source>Prin&amp;t paper ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="376"/>
        <source>Enter p&amp;aper ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="377"/>
        <source>&amp;Results on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="378"/>
        <source>Voi&amp;d a ballot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="43"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="162"/>
        <source>Add a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="46"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="66"/>
        <source>e.g. es; en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="68"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="69"/>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="71"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="72"/>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="73"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="74"/>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="77"/>
        <source>Offers (P2P topics this person can share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="78"/>
        <source>Seeks (P2P topics this person wants to learn about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="80"/>
        <source>Offer&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="81"/>
        <source>See&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="82"/>
        <source>Space ticks a topic; Tab goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="86"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="95"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="90"/>
        <source>In the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="91"/>
        <source>Gender, self-described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="101"/>
        <source>Gen&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="104"/>
        <source>S&amp;takeholder type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="114"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="115"/>
        <source>Add, then a&amp;nother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="116"/>
        <source>Add and &amp;print the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>very close name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="157"/>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="184"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="71"/>
        <source>Camera</source>
        <extracomment>Where the green byte of a pixel is in the frame formats a camera gives (4 bytes a pixel): green is what zxing reads as the grey of a black-on-white badge, with no conversion of the frame (which took 4 times the decoding).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="106"/>
        <source>No camera found. Plug one in, or use the USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="135"/>
        <source>The camera stopped: %1. Check that it is plugged in and not used by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
        <source>Stop the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
        <source>Start the camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="85"/>
        <source>%1 (missing)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="106"/>
        <source>eulac-desktop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="107"/>
        <source>Welcome to eulac-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="108"/>
        <source>Register participants, check them in, capture ideas, vote and plan peer-to-peer learning — all offline, on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="110"/>
        <source>&amp;New event…  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="111"/>
        <source>&amp;Open an event…  (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="112"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="113"/>
        <source>A second laptop for the same event: use the setup bundle the coordinator exported (Results › Export a setup bundle…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="115"/>
        <source>Open the &amp;demo event  (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="116"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="117"/>
        <source>A master file gathers the result bundles of several events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="119"/>
        <location filename="../eulac_desktop/ui/welcome.py" line="120"/>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="121"/>
        <source>Enter opens the selected event; Delete removes it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
