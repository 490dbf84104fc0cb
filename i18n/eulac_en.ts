<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="154"/>
        <source>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;This device: %5&lt;br&gt;Settings and keys: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="165"/>
        <source>About eulac-desktop</source>
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
    <name>Controller</name>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="107"/>
        <source>Open an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="107"/>
        <source>Event files (*.eulac);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="115"/>
        <source>Event file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="116"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="142"/>
        <source>Preparing the demo event…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="106"/>
        <source>Edit the event&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="106"/>
        <source>Edit the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="107"/>
        <source>Edit the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="107"/>
        <source>Edit the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="108"/>
        <source>Edit the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="108"/>
        <source>Edit the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="109"/>
        <source>Edit the welcome text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/event.py" line="146"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant registered</numerusform>
            <numerusform>%n participants registered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="147"/>
        <source>Last change: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="149"/>
        <source>File: %1 (file format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="162"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>E&amp;nds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="164"/>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="164"/>
        <source>&amp;Main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="167"/>
        <source>&amp;Welcome text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="168"/>
        <source>Shown on the projector when people arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="169"/>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="171"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="50"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="160"/>
        <source>No recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="208"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="221"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="223"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="225"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="226"/>
        <source>Open the &amp;demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Close event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="227"/>
        <source>Command &amp;palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Find a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="229"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="229"/>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="230"/>
        <source>&amp;About eulac-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="238"/>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="239"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="240"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="247"/>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>P2P learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="252"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="29"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="34"/>
        <source>e.g. Co-Innovation Lab on research infrastructures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="53"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="58"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="59"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="60"/>
        <source>E&amp;nds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="61"/>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="62"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="63"/>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="64"/>
        <source>Save &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="69"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="88"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="92"/>
        <source>Save the new event as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="93"/>
        <source>Event files (*.eulac)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="32"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="32"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="35"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="35"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="36"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="36"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="53"/>
        <source>%n participant(s) found</source>
        <translation>
            <numerusform>%n participant found</numerusform>
            <numerusform>%n participants found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="55"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant registered</numerusform>
            <numerusform>%n participants registered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="58"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="61"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="59"/>
        <source>Search by name, organisation or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="60"/>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="128"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="130"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="135"/>
        <source>The colours follow your system&apos;s light or dark theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="138"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="139"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="52"/>
        <location filename="../eulac_desktop/ui/projector.py" line="80"/>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="108"/>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector.py" line="112"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant registered</numerusform>
            <numerusform>%n participants registered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../eulac_desktop/ui/tasks.py" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="27"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="28"/>
        <source>Scan badges with a USB scanner or a webcam to check people in at the door and in session rooms, look people up by name, and run a check-in kiosk. This page is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="30"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="31"/>
        <source>Capture ideas for “How might we…?” challenges, cluster them into themes on a board and show them on the projector. This page is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="33"/>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="34"/>
        <source>Run priority votes (dots, ranking, 100 points, impact/effort) with one ballot per badge, paper ballots and live results. This page is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="36"/>
        <source>P2P learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="37"/>
        <source>Match what people offer with what others seek, plan rounds of small mixed EU/LAC tables and print everyone&apos;s agenda. This page is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="39"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="40"/>
        <source>Export signed result bundles, merge bundles from several laptops and events, and produce the outcome report (PDF) and data (CSV/XLSX). This page is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="79"/>
        <source>%1 (missing)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="100"/>
        <source>eulac-desktop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="101"/>
        <source>Welcome to eulac-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="102"/>
        <source>Register participants, check them in, capture ideas, vote and plan peer-to-peer learning — all offline, on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="104"/>
        <source>&amp;New event…  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="105"/>
        <source>&amp;Open an event…  (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="106"/>
        <source>Open the &amp;demo event  (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="107"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="108"/>
        <location filename="../eulac_desktop/ui/welcome.py" line="109"/>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="110"/>
        <source>Enter opens the selected event; Delete removes it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
