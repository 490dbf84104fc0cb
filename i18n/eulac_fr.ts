<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="172"/>
        <source>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;This device: %5&lt;br&gt;Settings and keys: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Anime des événements participatifs — inscription, accueil, idées, vote, apprentissage P2P — hors ligne.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Polices&#xa0;: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Cet appareil&#xa0;: %5&lt;br&gt;Paramètres et clés&#xa0;: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="183"/>
        <source>The log, to send with a problem report: %1</source>
        <translation>Le journal, à envoyer avec un signalement de problème : %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="185"/>
        <source>About eulac-desktop</source>
        <translation>À propos d&apos;eulac-desktop</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="54"/>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="60"/>
        <source>&amp;Layout</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="62"/>
        <source>Make the PDF…</source>
        <translation>Créer le PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/badge_print.py" line="66"/>
        <source>%n badge(s) will be made as a PDF: choose where to save it, then print it.</source>
        <translation>
            <numerusform>%n badge sera créé en PDF : choisissez où l’enregistrer, puis imprimez-le.</numerusform>
            <numerusform>%n badges seront créés en PDF : choisissez où l’enregistrer, puis imprimez-le.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="73"/>
        <source>Names that cannot be printed whole</source>
        <extracomment>who cannot have their name printed whole (empty, and hidden, when everyone can)</extracomment>
        <translation>Noms qui ne peuvent pas être imprimés en entier</translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="32"/>
        <source>(%1 more)</source>
        <translation>(%1 de plus)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="33"/>
        <source>These names cannot be printed whole: no font has some of their letters, so “?” stands in their place on the badge:</source>
        <translation>Ces noms ne peuvent pas être imprimés en entier : aucune police n&apos;a certaines de leurs lettres, et « ? » les remplace sur le badge :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="40"/>
        <source>A4, 8 badges per sheet (with cut marks)</source>
        <translation>A4, 8 badges par feuille (avec traits de coupe)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="41"/>
        <source>A4, 4 A6 badges per sheet (fold and cut)</source>
        <translation>A4, 4 badges A6 par feuille (plier et couper)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="42"/>
        <source>A6, one badge per page</source>
        <translation>A6, un badge par page</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="43"/>
        <source>US Letter, 6 badges per sheet (4 × 3 in)</source>
        <translation>US Letter, 6 badges par feuille (4 × 3 po)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="44"/>
        <source>Label roll, 62 mm wide (Brother QL and similar)</source>
        <translation>Rouleau d&apos;étiquettes de 62 mm (Brother QL et similaires)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="45"/>
        <source>Labels, 4 × 3 in</source>
        <translation>Étiquettes de 4 × 3 po</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="92"/>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="98"/>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="100"/>
        <source>badges</source>
        <translation>badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="101"/>
        <source>Save the badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="102"/>
        <source>Making badges…</source>
        <translation>Production des badges…</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="62"/>
        <source>Theme %1</source>
        <translation>Thème %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="175"/>
        <source>Round %1: find your table</source>
        <translation>Tour %1&#xa0;: trouvez votre table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="178"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="198"/>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="200"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="202"/>
        <source>%1 of %2 participants have arrived</source>
        <translation>%1 sur %2 participants sont arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="206"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="207"/>
        <source>LAC</source>
        <translation>ALC</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="225"/>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="230"/>
        <source>%n idea(s) so far</source>
        <translation>
            <numerusform>%n idée pour l&apos;instant</numerusform>
            <numerusform>%n idées pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="245"/>
        <source>%n idea(s) not yet in a cluster</source>
        <translation>
            <numerusform>%n idée pas encore dans un groupe</numerusform>
            <numerusform>%n idées pas encore dans un groupe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="248"/>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="277"/>
        <source>No clusters yet</source>
        <translation>Pas encore de groupes</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="268"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="282"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="32"/>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="32"/>
        <source>New challenge</source>
        <translation>Nouveau défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="35"/>
        <source>How might we…?</source>
        <translation>Comment pourrions-nous…&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="42"/>
        <source>No countdown</source>
        <translation>Pas de compte à rebours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="43"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="45"/>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="49"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="49"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Time box:</source>
        <translation>&amp;Temps imparti&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="103"/>
        <source>Check in at</source>
        <translation>Enregistrer l&apos;arrivée à</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="105"/>
        <source>Desk 1</source>
        <translation>Poste 1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="108"/>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="197"/>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="283"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="212"/>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="214"/>
        <source>At %1, %2</source>
        <translation>À %1, %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="216"/>
        <source>Already checked in</source>
        <translation>Arrivée déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="218"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="308"/>
        <source>Checked in: %1 of %2</source>
        <translation>Arrivées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="318"/>
        <source>In this session: %1</source>
        <translation>Dans cette session&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="325"/>
        <source>The event&apos;s entrance</source>
        <translation>L&apos;entrée de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="345"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="346"/>
        <source>Check in &amp;at</source>
        <translation>Enregistrer l&apos;a&amp;rrivée à</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="347"/>
        <source>&amp;Desk</source>
        <translation>P&amp;oste</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="348"/>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="349"/>
        <source>Scan a badge (the scanner works wherever the cursor is)</source>
        <translation>Scannez un badge (le lecteur fonctionne où que soit le curseur)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="350"/>
        <source>Forgot their badge? Find them by &amp;name (Ctrl+L):</source>
        <translation>Badge oublié&#xa0;? &amp;Cherchez la personne par son nom (Ctrl+L)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="352"/>
        <source>&amp;Check in</source>
        <translation>Enre&amp;gistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="351"/>
        <source>Name, organisation or e-mail</source>
        <translation>Nom, organisation ou e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="353"/>
        <source>Find a participant to check in</source>
        <translation>Chercher un participant pour enregistrer son arrivée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="354"/>
        <source>Start the &amp;kiosk…</source>
        <translation>Lancer la bor&amp;ne…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="355"/>
        <source>&amp;Sound</source>
        <translation>&amp;Son</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="356"/>
        <source>&amp;Webcam</source>
        <translation>&amp;Webcam</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="357"/>
        <source>Sessions and attendance &amp;lists…</source>
        <translation>Sessions et &amp;listes de présence…</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="23"/>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="26"/>
        <source>Type a command…</source>
        <translation>Saisissez une commande…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="27"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="36"/>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="135"/>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="136"/>
        <source>Event files (*.eulac);;Setup bundles (*.zip);;All files (*)</source>
        <translation>Fichiers d&apos;événement (*.eulac);;Paquets de préparation (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="144"/>
        <source>Event file not found</source>
        <translation>Fichier de l&apos;événement introuvable</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="145"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus là&#xa0;: il a peut-être été déplacé, renommé ou supprimé.

Le retirer des événements récents&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="177"/>
        <source>New master file</source>
        <translation>Nouveau fichier maître</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="177"/>
        <source>Programme name:</source>
        <translation>Nom du programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="181"/>
        <source>Save the master file</source>
        <translation>Enregistrer le fichier maître</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="182"/>
        <source>Event files (*.eulac)</source>
        <translation>Fichiers d&apos;événement (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="204"/>
        <source>Preparing the demo event…</source>
        <translation>Préparation de l&apos;événement de démonstration…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="219"/>
        <source>It happened during “%1”.</source>
        <extracomment>Once its dialog is closed, the same error is shown again only after this long without it. How many times one error&apos;s traceback is written to the log (then one line at 10, 100, 1000… times).</extracomment>
        <translation>Cela s’est produit pendant « %1 ».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="225"/>
        <source>It happened on the %1 page.</source>
        <translation>Cela s’est produit sur la page %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="227"/>
        <source>It happened in “%1”.</source>
        <translation>Cela s’est produit dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="240"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="242"/>
        <source>Something went wrong that the app did not expect.</source>
        <translation>Un problème que l’application n’avait pas prévu est survenu.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="248"/>
        <source>Your data is safe: every change is saved as it is made. You can carry on; if it happens again, close the event and open it again.</source>
        <translation>Vos données sont en sécurité : chaque modification est enregistrée au moment où elle est faite. Vous pouvez continuer ; si cela se reproduit, fermez l’événement et rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="252"/>
        <source>The details are in the log file: %1</source>
        <translation>Les détails se trouvent dans le journal : %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="253"/>
        <source>This computer keeps no log file.</source>
        <translation>Cet ordinateur ne tient aucun journal.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="256"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="257"/>
        <source>&amp;Open the log folder</source>
        <translation>&amp;Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="258"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash.py" line="276"/>
        <source>This has happened %n time(s).</source>
        <translation>
            <numerusform>Cela s’est produit %n fois.</numerusform>
            <numerusform>Cela s’est produit %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash.py" line="278"/>
        <source>%n other error(s) happened meanwhile (they are in the log too).</source>
        <translation>
            <numerusform>%n autre erreur s’est produite entre-temps (elle est aussi dans le journal).</numerusform>
            <numerusform>%n autres erreurs se sont produites entre-temps (elles sont aussi dans le journal).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash.py" line="295"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="124"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="124"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="124"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="140"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="149"/>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="150"/>
        <source>Devices (%1)</source>
        <translation>Appareils (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="151"/>
        <source>Bundles received (%1)</source>
        <translation>Paquets reçus (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="152"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="172"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="152"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="173"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="153"/>
        <source>Double check-ins (%1)</source>
        <translation>Doubles passages à l’accueil (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="161"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="165"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="167"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="157"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="163"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="157"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="164"/>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="157"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="158"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="165"/>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="158"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="160"/>
        <source>Last bundle</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="159"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="161"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="159"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="159"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="160"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="171"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="161"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="161"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="162"/>
        <source>Rows changed</source>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="162"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="163"/>
        <source>By</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="163"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="165"/>
        <source>Poll</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="165"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="166"/>
        <source>Eligible</source>
        <translation>Électeurs</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="166"/>
        <source>First</source>
        <translation>Première place</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="167"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="167"/>
        <source>Counted</source>
        <translation>Passage retenu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="168"/>
        <source>Also checked in (superseded)</source>
        <translation>Aussi passée à l’accueil (supplanté)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="169"/>
        <source>People checked in on more than one laptop: the earliest check-in counts, the others are kept as superseded.</source>
        <translation>Personnes enregistrées à l’accueil sur plus d’un ordinateur : le passage le plus ancien compte, les autres sont gardés comme supplantés.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="171"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="172"/>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="173"/>
        <source>Double check-ins</source>
        <translation>Doubles passages à l’accueil</translation>
    </message>
</context>
<context>
    <name>DeviceNameDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="87"/>
        <source>Name this laptop</source>
        <translation>Nommer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="88"/>
        <source>Give this laptop a name that people in the room will recognise, such as “Desk 2” or “Registration”. It is shown wherever this laptop&apos;s bundles arrive.</source>
        <translation>Donnez à cet ordinateur un nom que les personnes dans la salle reconnaîtront, comme « Poste 2 » ou « Accueil ». Il s&apos;affiche partout où arrivent les paquets de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="94"/>
        <source>Laptop name</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="43"/>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="84"/>
        <source>Merge, keep the &amp;first</source>
        <translation>Fusionner, garder le &amp;premier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="85"/>
        <source>Merge, keep the &amp;second</source>
        <translation>Fusionner, garder le &amp;second</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="86"/>
        <source>&amp;Not the same person</source>
        <translation>Pas la même perso&amp;nne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="87"/>
        <source>S&amp;kip</source>
        <translation>Passe&amp;r</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="88"/>
        <source>The two records</source>
        <translation>Les deux fiches</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Checked in?</source>
        <translation>Arrivée enregistrée ?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="92"/>
        <source>A merge keeps one record and completes it from the other; Ctrl+Z undoes it. “Not the same person” is remembered in this event file: the pair is not flagged again.</source>
        <translation>Une fusion garde une fiche et la complète avec l’autre ; Ctrl+Z l’annule. « Pas la même personne » est retenu dans ce fichier d’événement : la paire n’est plus signalée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="107"/>
        <source>No likely duplicates left to review.</source>
        <translation>Plus aucun doublon probable à examiner.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="111"/>
        <source>very close name</source>
        <translation>nom très proche</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="112"/>
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n paire à examiner.</numerusform>
            <numerusform>%n paires à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="113"/>
        <source>Are these one person? (%1)</source>
        <translation>Est-ce une seule personne ? (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="144"/>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="114"/>
        <source>Edit the event&apos;s name</source>
        <translation>Modifier le nom de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="114"/>
        <source>Edit the start date</source>
        <translation>Modifier la date de début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="115"/>
        <source>Edit the end date</source>
        <translation>Modifier la date de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="115"/>
        <source>Edit the venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="116"/>
        <source>Edit the time zone</source>
        <translation>Modifier le fuseau horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="116"/>
        <source>Edit the languages</source>
        <translation>Modifier les langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="117"/>
        <source>Edit the welcome text</source>
        <translation>Modifier le texte d&apos;accueil</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/event.py" line="154"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="155"/>
        <source>Last change: %1 (%2)</source>
        <translation>Dernière modification&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="157"/>
        <source>File: %1 (file format %2)</source>
        <translation>Fichier&#xa0;: %1 (format de fichier %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="178"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="179"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="179"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="179"/>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="179"/>
        <source>En&amp;ds</source>
        <translation>Da&amp;te de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="179"/>
        <source>Ven&amp;ue</source>
        <translation>Lie&amp;u</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="180"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="180"/>
        <source>&amp;Main language</source>
        <translation>Langue p&amp;rincipale</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="183"/>
        <source>&amp;Welcome text</source>
        <translation>Te&amp;xte d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="184"/>
        <source>Shown on the projector when people arrive</source>
        <translation>Affiché sur le projecteur à l&apos;arrivée des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="185"/>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="187"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="99"/>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="104"/>
        <source>The details are in the log file: %1</source>
        <translation>Les détails se trouvent dans le journal : %1</translation>
    </message>
</context>
<context>
    <name>FeedbackKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="159"/>
        <source>Wrong PIN</source>
        <translation>Code PIN incorrect</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="78"/>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="82"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="94"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="96"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="97"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="106"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="107"/>
        <source>Marked as the same idea:</source>
        <translation>Marquées comme la même idée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="361"/>
        <source>Add a challenge (Ctrl+Alt+N) to start capturing ideas.</source>
        <translation>Ajoutez un défi (Ctrl+Alt+N) pour commencer à recueillir des idées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="373"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="374"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="375"/>
        <source>Arrows move between cards, a cluster&apos;s number moves them there (0: unsorted), Enter opens a card, Space + drag pans.</source>
        <translation>Les flèches passent d&apos;une carte à l&apos;autre, le numéro d&apos;un groupe les y déplace (0&#xa0;: sans groupe), Entrée ouvre une carte, Espace + glisser fait défiler le tableau.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="377"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="377"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="378"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="789"/>
        <source>Cl&amp;ose challenge</source>
        <translation>&amp;Clore le défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="379"/>
        <source>Re&amp;open challenge</source>
        <translation>&amp;Rouvrir le défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="380"/>
        <source>Stop co&amp;untdown</source>
        <translation>Arrêter le compte à re&amp;bours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="380"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="789"/>
        <source>Start co&amp;untdown</source>
        <translation>Lancer le compte à re&amp;bours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="390"/>
        <source>0 · Unsorted (%1)</source>
        <translation>0 · Sans groupe (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="392"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="605"/>
        <source>Theme %1</source>
        <translation>Thème %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="414"/>
        <source>Add a challenge</source>
        <translation>Ajouter un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="431"/>
        <source>Edit a challenge</source>
        <translation>Modifier un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="440"/>
        <source>Close a challenge</source>
        <translation>Clôturer un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="440"/>
        <source>Reopen a challenge</source>
        <translation>Rouvrir un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="448"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="472"/>
        <source>Badge refused: %1</source>
        <translation>Badge refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="480"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="499"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Ajouter %n idée</numerusform>
            <numerusform>Ajouter %n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="485"/>
        <source>Added %n idea(s).</source>
        <translation>
            <numerusform>%n idée ajoutée.</numerusform>
            <numerusform>%n idées ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="496"/>
        <source>Paste ideas</source>
        <translation>Coller des idées</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="497"/>
        <source>The text has %n line(s). Add one idea per line?</source>
        <translation>
            <numerusform>Le texte compte %n ligne. Ajouter une idée par ligne&#xa0;?</numerusform>
            <numerusform>Le texte compte %n lignes. Ajouter une idée par ligne&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="500"/>
        <source>Keep as one idea</source>
        <translation>Garder comme une seule idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="543"/>
        <source>Author of the next idea: %1</source>
        <translation>Auteur de la prochaine idée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="554"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="590"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="592"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="790"/>
        <source>New cluster</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="557"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="560"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="571"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="569"/>
        <source>There is no cluster %1.</source>
        <translation>Il n&apos;y a pas de groupe %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="590"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="606"/>
        <source>Name of the cluster:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="606"/>
        <source>Rename cluster</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="608"/>
        <source>Rename a cluster</source>
        <translation>Renommer un groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="620"/>
        <source>Colour a cluster</source>
        <translation>Changer la couleur d&apos;un groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="626"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="791"/>
        <source>Merge clusters</source>
        <translation>Fusionner des groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="631"/>
        <source>Delete a cluster</source>
        <translation>Supprimer un groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Reorder clusters</source>
        <translation>Réordonner les groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="650"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="794"/>
        <source>Mark duplicates</source>
        <translation>Marquer comme doublons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="656"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="794"/>
        <source>Separate duplicates</source>
        <translation>Séparer les doublons</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="661"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Supprimer %n idée</numerusform>
            <numerusform>Supprimer %n idées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="673"/>
        <source>Edit an idea</source>
        <translation>Modifier une idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="682"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="682"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="683"/>
        <source>Board as a picture (*.png)</source>
        <translation>Tableau en image (*.png)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="683"/>
        <source>Board as a PDF (*.pdf)</source>
        <translation>Tableau en PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="689"/>
        <source>ideas</source>
        <translation>idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="690"/>
        <source>Export ideas</source>
        <translation>Exporter les idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="708"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="722"/>
        <source>Poll from clusters</source>
        <translation>Vote à partir des groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>Title of the poll:</source>
        <translation>Titre du vote&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="726"/>
        <source>Poll “%1” created with %n option(s), as a draft: open it on the Voting page.</source>
        <translation>
            <numerusform>Vote «&#xa0;%1&#xa0;» créé avec %n option, en brouillon&#xa0;: ouvrez-le dans la page Vote.</numerusform>
            <numerusform>Vote «&#xa0;%1&#xa0;» créé avec %n options, en brouillon&#xa0;: ouvrez-le dans la page Vote.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="741"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="743"/>
        <source>The challenge and its countdown</source>
        <translation>Le défi et son compte à rebours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="744"/>
        <source>The board of clusters</source>
        <translation>Le tableau des groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="747"/>
        <source>Cluster: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="767"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="768"/>
        <source>Challen&amp;ge:</source>
        <translation>&amp;Défi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="769"/>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="770"/>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="771"/>
        <source>Type an idea and press Enter…</source>
        <translation>Saisissez une idée et appuyez sur Entrée…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="772"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="773"/>
        <source>Enter adds the idea · Ctrl+Enter starts a new line · paste a list to add one idea per line · scan a badge to set the author</source>
        <translation>Entrée ajoute l&apos;idée · Ctrl+Entrée commence une nouvelle ligne · collez une liste pour ajouter une idée par ligne · scannez un badge pour indiquer l&apos;auteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="775"/>
        <source>&amp;Author:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="775"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="775"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="777"/>
        <source>Scan a badge or type a name</source>
        <translation>Scannez un badge ou saisissez un nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="778"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="779"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="780"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="781"/>
        <source>A&amp;dd idea</source>
        <translation>A&amp;jouter l’idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="782"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="783"/>
        <source>What the projector shows</source>
        <translation>Ce qu&apos;affiche le projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="784"/>
        <source>Projector screen</source>
        <translation>Écran du projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="785"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="786"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="788"/>
        <source>&amp;New challenge…</source>
        <translation>&amp;Nouveau défi…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="788"/>
        <source>Edit &amp;challenge…</source>
        <translation>Modifier le dé&amp;fi…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="790"/>
        <source>Capture an idea</source>
        <translation>Saisir une idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="791"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="792"/>
        <source>Cluster colour…</source>
        <translation>Couleur du groupe…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="792"/>
        <source>Move cluster left</source>
        <translation>Déplacer le groupe vers la gauche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="793"/>
        <source>Move cluster right</source>
        <translation>Déplacer le groupe vers la droite</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="793"/>
        <source>Delete cluster</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="795"/>
        <source>Delete ideas</source>
        <translation>Supprimer les idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="795"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="796"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="796"/>
        <source>Fit the board</source>
        <translation>Afficher tout le tableau</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="797"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="797"/>
        <source>Make a poll…</source>
        <translation>Créer un vote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="798"/>
        <source>Previous screen</source>
        <translation>Écran précédent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="798"/>
        <source>Next screen</source>
        <translation>Écran suivant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="799"/>
        <source>Blank</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="799"/>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="803"/>
        <source>A new cluster of the selected cards, taken from where they were: this also splits a cluster (Ctrl+G)</source>
        <translation>Un nouveau groupe avec les cartes sélectionnées, retirées de leur place&#xa0;: cela permet aussi de scinder un groupe (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="805"/>
        <source>Merge the selected clusters into the first one (Ctrl+Shift+G)</source>
        <translation>Fusionner les groupes sélectionnés dans le premier (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="806"/>
        <source>Show the selected cards as one idea; each keeps its text and author (Ctrl+Shift+D)</source>
        <translation>Afficher les cartes sélectionnées comme une seule idée&#xa0;; chacune garde son texte et son auteur (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="54"/>
        <source>Import a list of participants</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="60"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="407"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="83"/>
        <source>List to import</source>
        <translation>Liste à importer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="86"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="92"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="95"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="104"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="107"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Feuille</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="108"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="111"/>
        <source>Choose the organisers&apos; list: CSV, TSV or TXT (any separator and encoding), or an Excel or LibreOffice spreadsheet (XLSX, XLS, ODS).</source>
        <translation>Choisissez la liste des organisateurs&#xa0;: CSV, TSV ou TXT (séparateur et encodage quelconques), ou un classeur Excel ou LibreOffice (XLSX, XLS, ODS).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="124"/>
        <source>Choose the list</source>
        <translation>Choisir la liste</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="125"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="140"/>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="159"/>
        <source>The encoding is not certain. Which way are the names written correctly?</source>
        <translation>L&apos;encodage n&apos;est pas certain. Dans quelle version les noms sont-ils écrits correctement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="175"/>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation>Vérifiez le champ que contient chaque colonne. Les colonnes réglées sur «&#xa0;Ignorer&#xa0;» ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="180"/>
        <source>Columns of the list</source>
        <translation>Colonnes de la liste</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="183"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Column in the list</source>
        <translation>Colonne de la liste</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="199"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="201"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="205"/>
        <source>Field of column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="243"/>
        <source>Preview of the first rows, as they will be read:</source>
        <translation>Aperçu des premières lignes, telles qu&apos;elles seront lues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="256"/>
        <source>Updates: tick the people to update, untick to keep the current record</source>
        <translation>Mises à jour : cochez les personnes à mettre à jour, décochez pour garder la fiche actuelle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="258"/>
        <source>Update &amp;all</source>
        <translation>Tout mettre à &amp;jour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="259"/>
        <source>&amp;Keep all as they are</source>
        <translation>Tout &amp;garder tel quel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="276"/>
        <source>&amp;Save the report as CSV…</source>
        <translation>En&amp;registrer le rapport en CSV…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="293"/>
        <source>Checking the list…</source>
        <translation>Vérification de la liste…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 duplicate rows, %6 invalid rows (not imported).</source>
        <translation>%1 lignes&#xa0;: %2 à ajouter, %3 à mettre à jour, %4 inchangées, %5 lignes en double, %6 lignes non valides (non importées).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="303"/>
        <source>same e-mail as row %1 (%2)</source>
        <translation>même e-mail que la ligne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="306"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="334"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="376"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="306"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="376"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="306"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="376"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="308"/>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="308"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="309"/>
        <source>very close name</source>
        <translation>nom très proche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="311"/>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="311"/>
        <source>registered</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <source>May be the same person as</source>
        <translation>Peut-être la même personne que</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="448"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="448"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="317"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="164"/>
        <source>%n row(s) of data</source>
        <translation>
            <numerusform>%n ligne de données</numerusform>
            <numerusform>%n lignes de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="165"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>Possible duplicates (%1)</source>
        <translation>Doublons possibles (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="319"/>
        <source>Updates (%1)</source>
        <translation>Mises à jour (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="334"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="334"/>
        <source>What changes (current → in the list)</source>
        <translation>Ce qui change (actuel → dans la liste)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="357"/>
        <source>Ticked people are updated from the list; unticked ones keep their current record.</source>
        <translation>Les personnes cochées sont mises à jour depuis la liste ; les autres gardent leur fiche actuelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="358"/>
        <source>%n kept as they are.</source>
        <translation>
            <numerusform>%n gardée telle quelle.</numerusform>
            <numerusform>%n gardées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="363"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="364"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="393"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="407"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="434"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="45"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="46"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="47"/>
        <source>Merged duplicates</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="48"/>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="49"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="50"/>
        <source>Check-ins</source>
        <translation>Passages à l’accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="51"/>
        <source>Session attendance</source>
        <translation>Présence aux sessions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="52"/>
        <source>Polls</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="53"/>
        <source>Who voted</source>
        <translation>Qui a voté</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="54"/>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="55"/>
        <source>Voided ballots</source>
        <translation>Bulletins annulés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="56"/>
        <source>Paper ballots read</source>
        <translation>Bulletins papier lus</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="57"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="58"/>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="59"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="60"/>
        <source>P2P topics</source>
        <translation>Thèmes P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="61"/>
        <source>P2P plans</source>
        <translation>Plans P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="62"/>
        <source>P2P ratings</source>
        <translation>Évaluations P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="74"/>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="75"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="76"/>
        <source>A bundle (%1) of “%2”, made on %3 by %4 (%5).</source>
        <translation>Un paquet (%1) de «&#xa0;%2&#xa0;», créé le %3 par %4 (%5).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="82"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="82"/>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="82"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="82"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="83"/>
        <source>Superseded</source>
        <translation>Supplantées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="94"/>
        <source>What the import changes</source>
        <translation>Ce que l&apos;importation modifie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="95"/>
        <source>Nothing to change: this bundle&apos;s data is already here.</source>
        <translation>Rien à modifier&#xa0;: les données de ce paquet sont déjà ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="96"/>
        <source>%n row(s) will stop counting (a later check-in or ballot of the same person); they are kept and listed in the audit.</source>
        <translation>
            <numerusform>%n ligne ne comptera plus (une arrivée ou un bulletin ultérieur de la même personne)&#xa0;; elle est conservée et figure dans le journal d&apos;audit.</numerusform>
            <numerusform>%n lignes ne compteront plus (une arrivée ou un bulletin ultérieur de la même personne)&#xa0;; elles sont conservées et figurent dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="98"/>
        <source>Nothing is written until you import.</source>
        <translation>Rien n&apos;est écrit tant que vous n&apos;importez pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="101"/>
        <source>%n person(s) checked in on more than one laptop (the earliest check-in counts): %1</source>
        <translation>
            <numerusform>%n personne enregistrée à l’accueil sur plus d’un ordinateur (le passage le plus ancien compte) : %1</numerusform>
            <numerusform>%n personnes enregistrées à l’accueil sur plus d’un ordinateur (le passage le plus ancien compte) : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="107"/>
        <source>“%1” is not a coordinator of this event: %n row(s) of the event&apos;s settings left out.</source>
        <translation>
            <numerusform>« %1 » ne coordonne pas cet événement : %n ligne des paramètres de l&apos;événement est laissée de côté.</numerusform>
            <numerusform>« %1 » ne coordonne pas cet événement : %n lignes des paramètres de l&apos;événement sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="112"/>
        <source>%n ballot(s) refused, not imported: more than the people its laptop recorded as having voted in the poll (made-up ballots).</source>
        <translation>
            <numerusform>%n bulletin refusé, non importé : plus que les personnes que son ordinateur a enregistrées comme votants dans le scrutin (bulletins inventés).</numerusform>
            <numerusform>%n bulletins refusés, non importés : plus que les personnes que leur ordinateur a enregistrées comme votants dans le scrutin (bulletins inventés).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="117"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="128"/>
        <source>Check-in kiosk</source>
        <translation>Borne d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="173"/>
        <source>%1 of %2 participants have arrived</source>
        <translation>%1 sur %2 participants sont arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="177"/>
        <source>Welcome! Scan your badge</source>
        <translation>Bienvenue&#xa0;! Scannez votre badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="185"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrect</translation>
    </message>
</context>
<context>
    <name>LaptopSetup</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="120"/>
        <source>Choose the setup bundle</source>
        <translation>Choisissez le paquet de préparation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="121"/>
        <source>Setup bundles (*.zip);;All files (*)</source>
        <translation>Paquets de préparation (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="124"/>
        <source>Checking the setup bundle…</source>
        <translation>Vérification du paquet de préparation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="139"/>
        <source>Where to keep this laptop&apos;s event file</source>
        <translation>Où garder le fichier d&apos;événement de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="140"/>
        <source>Event files (*.eulac)</source>
        <translation>Fichiers d&apos;événement (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="159"/>
        <source>Setting up the event on this laptop…</source>
        <translation>Préparation de l&apos;événement sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="169"/>
        <source>Set up this laptop</source>
        <translation>Préparer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="170"/>
        <source>“%1” already holds the event “%2” on this laptop. Open it?</source>
        <translation>« %1 » contient déjà l&apos;événement « %2 » sur cet ordinateur. L&apos;ouvrir ?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="210"/>
        <source>No recent events</source>
        <translation>Aucun événement récent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="275"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="287"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="288"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="289"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="291"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="292"/>
        <source>V&amp;oting</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="293"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un événement &amp;récent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="295"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="296"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation>&amp;Configurer cet ordinateur avec un paquet de préparation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="297"/>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Close event</source>
        <translation>&amp;Fermer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="298"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation>Nouveau fichier &amp;maître (coordination)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="299"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="299"/>
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="300"/>
        <source>&amp;Find a participant</source>
        <translation>&amp;Chercher un participant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="300"/>
        <source>&amp;Projector</source>
        <translation>&amp;Projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="301"/>
        <source>&amp;Full screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="301"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="302"/>
        <source>&amp;About eulac-desktop</source>
        <translation>À &amp;propos d&apos;eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="302"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="310"/>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="311"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="312"/>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="318"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="318"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="322"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="322"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="322"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="323"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="323"/>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="323"/>
        <source>P2P learning</source>
        <translation>Apprentissage P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="324"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>MasterWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="51"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="52"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="53"/>
        <source>New &amp;master file…</source>
        <translation>&amp;Nouveau fichier maître…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="54"/>
        <source>&amp;Import a bundle…</source>
        <translation>I&amp;mporter un paquet…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="55"/>
        <source>&amp;Close the master file</source>
        <translation>&amp;Fermer le fichier maître</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="57"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="58"/>
        <source>%1 (master) — %2</source>
        <translation>%1 (fichier maître) — %2</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/message_dialog.py" line="72"/>
        <source>This computer could not open the folder “%1”: no file manager answered.</source>
        <translation>Cet ordinateur n’a pas pu ouvrir le dossier « %1 » : aucun gestionnaire de fichiers n’a répondu.</translation>
    </message>
</context>
<context>
    <name>MethodTexts</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="14"/>
        <source>Dot voting</source>
        <translation>Vote par points</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="14"/>
        <source>Ranking (Borda count)</source>
        <translation>Classement (méthode de Borda)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="15"/>
        <source>Ranking (Schulze method)</source>
        <translation>Classement (méthode de Schulze)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="15"/>
        <source>100-point budget</source>
        <translation>Budget de 100 points</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="16"/>
        <source>Impact / effort</source>
        <translation>Impact / effort</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="16"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="17"/>
        <source>Yes / no / abstain</source>
        <translation>Oui / non / abstention</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="23"/>
        <source>Each person has %1 dots and may put up to %2 on one option. An option&apos;s score is its number of dots; the most dots first.</source>
        <translation>Chaque personne dispose de %1 points et peut en placer jusqu&apos;à %2 sur une même option. Le score d&apos;une option est son nombre de points&#xa0;; la plus dotée arrive en tête.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="26"/>
        <source>Each person ranks the options, best first (a partial ranking is fine). With k options the first gets k−1 points, the next k−2, … the last 0; options left out of a ranking get 0. Most points first.</source>
        <translation>Chaque personne classe les options, la meilleure en premier (un classement partiel est accepté). Avec k options, la première reçoit k−1 points, la suivante k−2, … la dernière 0&#xa0;; les options absentes d&apos;un classement reçoivent 0. La plus dotée arrive en tête.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="29"/>
        <source>Each person ranks the options, best first (a partial ranking is fine: listed options come before the others). The Schulze method compares every pair of options; the option that beats every other one (the Condorcet winner) wins. The score is how many options it beats.</source>
        <translation>Chaque personne classe les options, la meilleure en premier (un classement partiel est accepté&#xa0;: les options classées passent avant les autres). La méthode de Schulze compare chaque paire d&apos;options&#xa0;; l&apos;option qui bat toutes les autres (le gagnant de Condorcet) l&apos;emporte. Le score est le nombre d&apos;options qu&apos;elle bat.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="33"/>
        <source>Each person shares exactly %1 points among the options. An option&apos;s score is its points; the most points first.</source>
        <translation>Chaque personne répartit exactement %1 points entre les options. Le score d&apos;une option est la somme de ses points&#xa0;; la plus dotée arrive en tête.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="35"/>
        <source>Each person rates each option from 1 to 5 for impact and for effort. Results are the averages with their spread, split at 3: quick wins (high impact, low effort), big bets (high impact, high effort), fill-ins (low, low) and money pits (low impact, high effort).</source>
        <translation>Chaque personne évalue chaque option de 1 à 5 pour l&apos;impact et pour l&apos;effort. Les résultats sont les moyennes avec leur dispersion, avec un seuil à 3&#xa0;: gains rapides (impact fort, effort faible), paris ambitieux (impact fort, effort fort), tâches d&apos;appoint (faible, faible) et gouffres financiers (impact faible, effort fort).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="39"/>
        <source>Each person ticks every option they approve of. An option&apos;s score is its number of approvals.</source>
        <translation>Chaque personne coche toutes les options qu&apos;elle approuve. Le score d&apos;une option est son nombre d&apos;approbations.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="41"/>
        <source>Each person says yes, no or abstain to each question. The score is yes minus no; a question passes with more yes than no.</source>
        <translation>Chaque personne répond oui, non ou abstention à chaque question. Le score est le nombre de oui moins le nombre de non&#xa0;; une question est adoptée s&apos;il y a plus de oui que de non.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="44"/>
        <source>Ties share a rank and are shown as ties; among tied options the poll&apos;s order is kept.</source>
        <translation>Les options ex æquo partagent le même rang et sont signalées comme telles&#xa0;; entre elles, l&apos;ordre du vote est conservé.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="44"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="49"/>
        <source>e.g. Co-Innovation Lab on research infrastructures</source>
        <translation>p.&#xa0;ex. Laboratoire de co-innovation sur les infrastructures de recherche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="66"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="71"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="72"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="73"/>
        <source>En&amp;ds</source>
        <translation>Da&amp;te de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="74"/>
        <source>Ven&amp;ue</source>
        <translation>Lie&amp;u</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="75"/>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="76"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="77"/>
        <source>Save &amp;as</source>
        <translation>Enregistrer &amp;sous</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="87"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="106"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="110"/>
        <source>Save the new event as</source>
        <translation>Enregistrer le nouvel événement sous</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="111"/>
        <source>Event files (*.eulac)</source>
        <translation>Fichiers d&apos;événement (*.eulac)</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="31"/>
        <source>The device&apos;s key changed</source>
        <translation>La clé de l&apos;appareil a changé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="33"/>
        <source>This bundle says it comes from “%1”, which this laptop knows with another key. It may be forged. Accept the new key only if the owner of “%1” shows you the new fingerprint on their screen (a new installation makes a new key).</source>
        <translation>Ce paquet dit venir de « %1 », que cet ordinateur connaît avec une autre clé. Il est peut-être falsifié. N&apos;acceptez la nouvelle clé que si la personne qui utilise « %1 » vous montre la nouvelle empreinte sur son écran (une nouvelle installation crée une nouvelle clé).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="44"/>
        <source>Known key:</source>
        <translation>Clé connue :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="44"/>
        <source>New key:</source>
        <translation>Nouvelle clé :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="50"/>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Accepter la nouvelle clé</translation>
    </message>
</context>
<context>
    <name>P2PPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="190"/>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="194"/>
        <source>No plan yet: plan the rounds (the people who checked in, by default).</source>
        <translation>Pas encore de plan&#xa0;: planifiez les tours (par défaut, avec les personnes arrivées).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="202"/>
        <source>%1 of %2 seeks met · %3 interpreted seats · %4 notes</source>
        <translation>%1 demandes satisfaites sur %2 · %3 places avec interprétation · %4 remarques</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="249"/>
        <source>shares no language with anyone at the table</source>
        <translation>ne partage de langue avec personne à la table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="250"/>
        <source>table not mixed EU/LAC</source>
        <translation>table non mixte UE/ALC</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="250"/>
        <source>meets someone again</source>
        <translation>retrouve quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="251"/>
        <source>nobody offers it</source>
        <translation>personne ne le propose</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="251"/>
        <source>nobody present offers it</source>
        <translation>aucune personne présente ne le propose</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="252"/>
        <source>no one who offers it shares a language</source>
        <translation>aucune personne qui le propose n&apos;a de langue en commun</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="253"/>
        <source>other topics were chosen</source>
        <translation>d&apos;autres thèmes ont été choisis</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="254"/>
        <source>table size outside the limits</source>
        <translation>taille de table hors des limites</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="254"/>
        <source>nobody at the table offers its topic</source>
        <translation>personne à la table ne propose son thème</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="213"/>
        <source>round %1, table %2</source>
        <translation>tour %1, table %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="271"/>
        <source>Table %1 (%2 people)</source>
        <translation>Table %1 (%2 personnes)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="271"/>
        <source>interprets for %1</source>
        <translation>interprète pour %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="292"/>
        <source>%1 (table %2)</source>
        <translation>%1 (table %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="359"/>
        <source>agendas</source>
        <translation>programmes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="359"/>
        <source>table signs</source>
        <translation>panneaux de table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="360"/>
        <source>Save the agendas</source>
        <translation>Enregistrer les programmes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="360"/>
        <source>Save the table signs</source>
        <translation>Enregistrer les panneaux de table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="371"/>
        <source>P&amp;lan the rounds…</source>
        <translation>P&amp;lanifier les tours…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="373"/>
        <source>Feedback &amp;kiosk…</source>
        <translation>&amp;Borne d’évaluation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="377"/>
        <source>Table and people</source>
        <translation>Table et personnes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="293"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="297"/>
        <source>Move someone</source>
        <translation>Déplacer quelqu’un</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="200"/>
        <source>%1 of %2 tables mixed EU/LAC</source>
        <translation>%1 tables sur %2 mixtes UE/ALC</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="230"/>
        <source>Likely the same person, never at one table: %1 (%2) and %3 (%4); merge them on the Participants page</source>
        <translation>Probablement la même personne, jamais à la même table : %1 (%2) et %3 (%4) ; fusionnez-les dans la page Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="234"/>
        <source>Before the rounds</source>
        <translation>Avant les tours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="244"/>
        <source>first round at %1 (%2)</source>
        <translation>premier tour : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="255"/>
        <source>sits with a record likely of the same person</source>
        <translation>est à la table d&apos;une fiche probablement de la même personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="293"/>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="297"/>
        <source>To table:</source>
        <translation>Vers la table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="330"/>
        <source>Planning the rounds…</source>
        <translation>Planification des tours…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="342"/>
        <source>Plan the rounds again</source>
        <translation>Planifier à nouveau les tours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="343"/>
        <source>Replace the saved plan of %1? The agendas printed from it will no longer match.</source>
        <translation>Remplacer le plan enregistré le %1 ? Les agendas imprimés à partir de celui-ci ne correspondront plus.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="346"/>
        <source>&amp;Replace the plan</source>
        <translation>&amp;Remplacer le plan</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="361"/>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="370"/>
        <source>P2P learning</source>
        <translation>Apprentissage P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>&amp;Move someone…</source>
        <translation>Déplacer &amp;quelqu’un…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="374"/>
        <source>&amp;Agendas (PDF)…</source>
        <translation>Pro&amp;grammes (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="375"/>
        <source>Table &amp;signs (PDF)…</source>
        <translation>Panneaux de &amp;table (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="376"/>
        <source>Round on the p&amp;rojector</source>
        <translation>Tour au p&amp;rojecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="377"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="377"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="378"/>
        <source>Interpreting, notes</source>
        <translation>Interprétation, remarques</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="379"/>
        <source>Tables of the round</source>
        <translation>Tables du tour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="380"/>
        <source>Drag a person onto another table to move them (Ctrl+Z undoes)</source>
        <translation>Faites glisser une personne sur une autre table pour la déplacer (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="381"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="382"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="383"/>
        <source>What the plan could not do</source>
        <translation>Ce que le plan n&apos;a pas pu faire</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="138"/>
        <source>Paper ballots: %1</source>
        <translation>Bulletins papier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="140"/>
        <source>Scan or type the serial, then Enter or Tab</source>
        <translation>Scannez ou tapez le numéro de série, puis Entrée ou Tab</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="141"/>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="147"/>
        <source>Second &amp;entry (compare with the first; nothing is counted)</source>
        <translation>&amp;Deuxième saisie (comparée à la première&#xa0;; rien n&apos;est comptabilisé)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="152"/>
        <source>Last ballot</source>
        <translation>Dernier bulletin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="153"/>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="219"/>
        <source>&amp;Record this ballot</source>
        <translation>&amp;Enregistrer ce bulletin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="157"/>
        <source>Ballots whose entries disagree</source>
        <translation>Bulletins dont les saisies ne concordent pas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="160"/>
        <source>Type each mark (a number, or the first letter of the answer), Tab to the next, Enter to record the ballot.</source>
        <translation>Tapez chaque marque (un chiffre, ou la première lettre de la réponse), Tab pour passer à la suivante, Entrée pour enregistrer le bulletin.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="164"/>
        <source>&amp;Serial:</source>
        <translation>Numéro de &amp;série&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="176"/>
        <source>Entries that disagree:</source>
        <translation>Saisies qui ne concordent pas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="219"/>
        <source>&amp;Record the second entry</source>
        <translation>&amp;Enregistrer la deuxième saisie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="230"/>
        <source>Two options have rank %1: give each rank once (leave a rank that cannot be read empty).</source>
        <translation>Deux options ont le rang %1&#xa0;: donnez chaque rang une seule fois (laissez vide un rang illisible).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="237"/>
        <source>Both entries agree.</source>
        <translation>Les deux saisies concordent.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="238"/>
        <source>The entries disagree: check this paper ballot.</source>
        <translation>Les saisies ne concordent pas&#xa0;: vérifiez ce bulletin papier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="243"/>
        <source>Counted (%n ballot(s) in this sitting).</source>
        <translation>
            <numerusform>Comptabilisé (%n bulletin pendant cette séance).</numerusform>
            <numerusform>Comptabilisé (%n bulletins pendant cette séance).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="265"/>
        <source>the two entries differ</source>
        <translation>les deux saisies diffèrent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="265"/>
        <source>no second entry yet</source>
        <translation>pas encore de deuxième saisie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="266"/>
        <source>checked, but never entered</source>
        <translation>vérifié, mais jamais saisi</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="39"/>
        <source>Family name</source>
        <extracomment>called to edit a field: (participant id, field, new value) → whether the core accepted it</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="39"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="39"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="39"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="40"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="40"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="40"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="106"/>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="128"/>
        <source>Edit a participant</source>
        <translation>Modifier un participant</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="170"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Supprimer %n participant</numerusform>
            <numerusform>Supprimer %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="180"/>
        <source>Merge two participants</source>
        <translation>Fusionner deux participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="186"/>
        <source>Keep the first</source>
        <translation>Conserver la première</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="187"/>
        <source>Keep the second</source>
        <translation>Conserver la seconde</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="314"/>
        <source>Review likely d&amp;uplicates (%n)…</source>
        <translation>
            <numerusform>Examiner les &amp;doublons probables (%n)…</numerusform>
            <numerusform>Examiner les &amp;doublons probables (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="315"/>
        <source>Review likely d&amp;uplicates…</source>
        <translation>Examiner les &amp;doublons probables…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="368"/>
        <source>Merge participants</source>
        <translation>Fusionner des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="209"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="215"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="181"/>
        <source>Merge these two records of one person? The one kept stays in the list; the other is removed from it, and its check-in, votes, ideas and P2P offers and seeks count for the one kept. Empty fields of the one kept are completed from the other; photo consent is never taken from it. Ctrl+Z undoes the merge.</source>
        <translation>Fusionner ces deux fiches d’une même personne ? Celle qu’on garde reste dans la liste ; l’autre en est retirée, et son arrivée, ses votes, ses idées et ses offres et demandes P2P comptent pour celle gardée. Les champs vides de celle gardée sont complétés par l’autre ; le consentement photo n’en est jamais repris. Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="185"/>
        <source>First: %1
Second: %2</source>
        <translation>Premier : %1
Second : %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="210"/>
        <source>Erase the personal data of %1 for good?

Their name, e-mail and organisation are removed from this event file and from every bundle merged later. Anonymous facts (country, role, attendance) are kept. This cannot be undone.</source>
        <translation>Effacer définitivement les données personnelles de %1&#xa0;?

Son nom, son e-mail et son organisation sont supprimés de ce fichier d&apos;événement et de tous les paquets fusionnés par la suite. Les informations anonymes (pays, rôle, présence) sont conservées. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="221"/>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="222"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="238"/>
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n participant exporté vers %1</numerusform>
            <numerusform>%n participants exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="240"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="277"/>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="277"/>
        <source>Not checked in yet</source>
        <translation>Pas encore arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="279"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="279"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="279"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="280"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="280"/>
        <source>Arrived or not</source>
        <translation>Arrivés ou non</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="302"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participant affiché</numerusform>
            <numerusform>%n participants affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="302"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="304"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="306"/>
        <source>%n erased (not counted)</source>
        <translation>
            <numerusform>%n effacé (non compté)</numerusform>
            <numerusform>%n effacés (non comptés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="318"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="321"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="319"/>
        <source>Search by name, organisation or e-mail (Ctrl+F)</source>
        <translation>Rechercher par nom, organisation ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>Filter by region</source>
        <translation>Filtrer par région</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>Filter by check-in</source>
        <translation>Filtrer par arrivée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="326"/>
        <source>&amp;Import a list…</source>
        <translation>I&amp;mporter une liste…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="326"/>
        <source>Add a &amp;walk-in…</source>
        <translation>&amp;Inscrire sur place…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="327"/>
        <source>&amp;Delete participants</source>
        <translation>&amp;Supprimer des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="327"/>
        <source>&amp;Merge two participants…</source>
        <translation>Fusio&amp;nner deux participants…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="328"/>
        <source>E&amp;rase personal data…</source>
        <translation>Effa&amp;cer les données personnelles…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="328"/>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="329"/>
        <source>Print &amp;badges…</source>
        <translation>Imprimer les &amp;badges…</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="45"/>
        <source>Kiosk PIN</source>
        <translation>PIN de la borne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="53"/>
        <source>&amp;PIN (at least 4 digits)</source>
        <translation>&amp;PIN (au moins 4 chiffres)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="54"/>
        <source>&amp;Again</source>
        <translation>&amp;Confirmer le PIN</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="59"/>
        <source>The kiosk fills the screen and can be left only with this PIN.</source>
        <translation>La borne occupe tout l&apos;écran et ne peut être quittée qu&apos;avec ce PIN.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="67"/>
        <source>Use at least 4 digits.</source>
        <translation>Utilisez au moins 4 chiffres.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="69"/>
        <source>The two PINs differ.</source>
        <translation>Les deux PIN ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>PinLockedWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="103"/>
        <source>Leave the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="104"/>
        <source>Facilitator&apos;s PIN:</source>
        <translation>Code PIN de l’animateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="46"/>
        <source>Plan the P2P rounds</source>
        <translation>Planifier les tours P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="55"/>
        <source>As many as needed</source>
        <translation>Autant que nécessaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="59"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="60"/>
        <source>Only people who &amp;checked in</source>
        <translation>Seulement les personnes a&amp;rrivées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="70"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="72"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Tours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="72"/>
        <source>Fewest at a table (&amp;min):</source>
        <translation>Minimum de personnes par table (&amp;min)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="73"/>
        <source>Most at a table (ma&amp;x):</source>
        <translation>Maximum de personnes par table (ma&amp;x)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="73"/>
        <source>&amp;Tables:</source>
        <translation>Ta&amp;bles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="74"/>
        <source>Time to &amp;improve:</source>
        <translation>Temps pour &amp;améliorer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="74"/>
        <source>First round &amp;starts:</source>
        <translation>Le premier tour &amp;commence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>Each round &amp;lasts:</source>
        <translation>&amp;Durée de chaque tour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="42"/>
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="59"/>
        <source>Options typed below</source>
        <translation>Options saisies ci-dessous</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="62"/>
        <source>The clusters of: %1</source>
        <translation>Les groupes de&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="64"/>
        <source>One option per line</source>
        <translation>Une option par ligne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="66"/>
        <source>&amp;Secret ballot (who voted what is never stored)</source>
        <translation>Vote à bulletin &amp;secret (le choix de chaque votant n&apos;est jamais enregistré)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="68"/>
        <source>Show &amp;results live while voting</source>
        <translation>Afficher les résultats en &amp;direct pendant le vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="70"/>
        <source>People who checked in</source>
        <translation>Personnes arrivées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="71"/>
        <source>Everyone registered</source>
        <translation>Toutes les personnes inscrites</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="73"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="74"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="76"/>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Points par personne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="77"/>
        <source>At most on &amp;one option:</source>
        <translation>Maximum sur &amp;une option&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="78"/>
        <source>&amp;Points to share:</source>
        <translation>Points à &amp;répartir&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="79"/>
        <source>O&amp;ptions:</source>
        <translation>&amp;Options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="81"/>
        <source>&amp;Who may vote:</source>
        <translation>&amp;Qui peut voter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="146"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="148"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="153"/>
        <source>The colours follow your system&apos;s light or dark theme.</source>
        <translation>Les couleurs suivent le thème clair ou sombre du système.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="156"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="157"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="288"/>
        <source>Print “%1”</source>
        <translation>Imprimer « %1 »</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="301"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="160"/>
        <source>“%1” could not be read to be printed.</source>
        <extracomment>Writes the PDF to the given path (on a worker thread); may report progress and raise `Cancelled`. which remembered folder: &quot;badges&quot;, &quot;attendance&quot;, &quot;agendas&quot;, &quot;signs&quot;, &quot;ballots&quot;, &quot;report&quot;… the suggested file name (see `file_name`) the save dialog&apos;s title, e.g. &quot;Save the badges&quot; shown while the PDF is written, e.g. &quot;Making badges…&quot;</extracomment>
        <translation>« %1 » n’a pas pu être lu pour être imprimé.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="161"/>
        <source>Open it in a PDF viewer and print it from there.</source>
        <translation>Ouvrez-le dans un lecteur PDF et imprimez-le depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="165"/>
        <source>None of the pages chosen is in the PDF (pages 1 to %1).</source>
        <translation>Aucune des pages choisies n’est dans le PDF (pages 1 à %1).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="170"/>
        <source>The printer “%1” could not be started.</source>
        <translation>L’imprimante « %1 » n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="172"/>
        <source>Check that it is on and connected, or choose another printer; the PDF is saved.</source>
        <translation>Vérifiez qu’elle est allumée et connectée, ou choisissez une autre imprimante ; le PDF est enregistré.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="178"/>
        <source>The printer stopped after page %1.</source>
        <translation>L’imprimante s’est arrêtée après la page %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="316"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="84"/>
        <location filename="../eulac_desktop/ui/projector.py" line="85"/>
        <source>Projector</source>
        <extracomment>The size the preview and a frozen picture are painted at when the projector window is closed.</extracomment>
        <translation>Projecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="75"/>
        <source>Ready: scan a badge</source>
        <translation>Prêt&#xa0;: scannez un badge</translation>
    </message>
</context>
<context>
    <name>ResultsCanvas</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="72"/>
        <source>The results are shown when the poll closes.</source>
        <translation>Les résultats s&apos;affichent à la clôture du vote.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="75"/>
        <source>No ballots yet</source>
        <translation>Pas encore de bulletins</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="87"/>
        <source>%n double vote(s)</source>
        <translation>
            <numerusform>%n double vote</numerusform>
            <numerusform>%n doubles votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="88"/>
        <source>%1 of %2 voted</source>
        <translation>%1 sur %2 ont voté</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="130"/>
        <source>yes %1 · no %2</source>
        <translation>oui %1 · non %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="132"/>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="142"/>
        <source>(tie)</source>
        <translation>(ex æquo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="141"/>
        <source>beats %n other option(s)</source>
        <translation>
            <numerusform>bat %n autre option</numerusform>
            <numerusform>bat %n autres options</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Big bets</source>
        <translation>Paris ambitieux</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Fill-ins</source>
        <translation>Tâches d&apos;appoint</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Money pits</source>
        <translation>Gouffres financiers</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="167"/>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="172"/>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="174"/>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="198"/>
        <source>impact %1 ± %2, effort %3 ± %4</source>
        <translation>impact %1 ± %2, effort %3 ± %4</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="28"/>
        <source>setup</source>
        <translation>préparation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="29"/>
        <source>result</source>
        <translation>résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="30"/>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="188"/>
        <source>This master file holds no event yet: import the events&apos; bundles first.</source>
        <translation>Ce fichier maître ne contient encore aucun événement&#xa0;: importez d&apos;abord les paquets des événements.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="191"/>
        <source>Which event?</source>
        <translation>Quel événement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="191"/>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="199"/>
        <source>Save the bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="200"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="263"/>
        <source>Bundles (*.zip)</source>
        <translation>Paquets (*.zip)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="210"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="211"/>
        <source>Wrote %1 (signed by %2, %3).</source>
        <translation>%1 écrit (signé par %2, %3).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="231"/>
        <source>Save the outcome report</source>
        <translation>Enregistrer le rapport de résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="235"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="255"/>
        <source>Wrote %1.</source>
        <translation>Écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="232"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="231"/>
        <source>outcome report</source>
        <translation>rapport de résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="244"/>
        <source>Folder for the data</source>
        <translation>Dossier pour les données</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="254"/>
        <source>Writing the data…</source>
        <translation>Écriture des données…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="262"/>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="266"/>
        <source>Checking the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="286"/>
        <source>Not imported: the device was not trusted.</source>
        <translation>Rien n&apos;a été importé&#xa0;: vous n&apos;avez pas fait confiance à l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="308"/>
        <source>Comparing with this event…</source>
        <translation>Comparaison avec cet événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="313"/>
        <source>A new device</source>
        <translation>Un nouvel appareil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="314"/>
        <source>This bundle comes from “%1”, a device not trusted yet. Check with its owner that its fingerprint is %2, then trust it.</source>
        <translation>Ce paquet provient de «&#xa0;%1&#xa0;», un appareil auquel vous ne faites pas encore confiance. Vérifiez auprès de son propriétaire que son empreinte est %2, puis faites-lui confiance.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="317"/>
        <source>&amp;Trust this device</source>
        <translation>&amp;Faire confiance à cet appareil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="373"/>
        <source>I&amp;mport a bundle…</source>
        <translation>I&amp;mporter un paquet…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="274"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="304"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="333"/>
        <source>Not imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="280"/>
        <source>Not imported: the device&apos;s new key was not accepted.</source>
        <translation>Non importé : la nouvelle clé de l&apos;appareil n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="342"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="346"/>
        <source>Imported: %n row(s) added or updated.</source>
        <translation>
            <numerusform>Importation terminée&#xa0;: %n ligne ajoutée ou mise à jour.</numerusform>
            <numerusform>Importation terminée&#xa0;: %n lignes ajoutées ou mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="358"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="361"/>
        <source>This master file holds the events of a programme. Import each event&apos;s setup bundle and each laptop&apos;s result bundle: the tabs below show what arrived, from which device, and attendance and results across events. Reports and data are made for one event at a time.</source>
        <translation>Ce fichier maître réunit les événements d&apos;un programme. Importez le paquet de préparation de chaque événement et le paquet de résultats de chaque ordinateur&#xa0;: les onglets ci-dessous montrent ce qui est arrivé, depuis quel appareil, ainsi que la présence et les résultats de l&apos;ensemble des événements. Les rapports et les données se font pour un événement à la fois.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="366"/>
        <source>A setup bundle carries this event (and its secrets) to the other laptops; each laptop sends back a result bundle; the coordinator imports them all. An anonymised bundle holds no personal data. Every bundle is signed by the device that made it.</source>
        <translation>Un paquet de préparation emporte cet événement (et ses secrets) vers les autres ordinateurs&#xa0;; chaque ordinateur renvoie un paquet de résultats&#xa0;; la coordination les importe tous. Un paquet anonymisé ne contient aucune donnée personnelle. Chaque paquet est signé par l&apos;appareil qui l&apos;a créé.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="369"/>
        <source>Export a &amp;setup bundle…</source>
        <translation>Exporter un paquet de prépara&amp;tion…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="369"/>
        <source>Export a &amp;result bundle…</source>
        <translation>Exporter un paquet de &amp;résultats…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="370"/>
        <source>Export an &amp;anonymised bundle…</source>
        <translation>Exporter un paquet a&amp;nonymisé…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="374"/>
        <source>Ou&amp;tcome report (PDF)…</source>
        <translation>Rapp&amp;ort de résultats (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="375"/>
        <source>All the &amp;data (XLSX)…</source>
        <translation>Toutes les données (&amp;XLSX)…</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="218"/>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="219"/>
        <source>Saved as “%1” in the folder:</source>
        <translation>Enregistré sous « %1 » dans le dossier :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="222"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="223"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="224"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="225"/>
        <source>&amp;Close</source>
        <translation>&amp;Clôturer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="230"/>
        <source>This computer could not open “%1”: no program for PDF files is set up. Use “Print…” or copy the file to a computer with a PDF viewer.</source>
        <translation>Cet ordinateur n’a pas pu ouvrir « %1 » : aucun programme pour les fichiers PDF n’est installé. Utilisez « Imprimer… » ou copiez le fichier sur un ordinateur avec un lecteur PDF.</translation>
    </message>
</context>
<context>
    <name>ScanPrompt</name>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="49"/>
        <source>Scanned badge</source>
        <translation>Badge scanné</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="50"/>
        <source>&amp;Go to check-in</source>
        <translation>&amp;Aller à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="51"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="57"/>
        <source>Badge refused: %1</source>
        <translation>Badge refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="59"/>
        <source>Badge of %1 — go to check-in?</source>
        <translation>Badge de %1 — aller à l&apos;accueil&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="36"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="48"/>
        <source>&amp;Add the session</source>
        <translation>&amp;Ajouter la session</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="52"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="59"/>
        <source>&amp;Time</source>
        <translation>&amp;Horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="62"/>
        <source>Attendance &amp;sheet (PDF)…</source>
        <translation>&amp;Feuille de présence (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="97"/>
        <source>Add a session</source>
        <translation>Ajouter une session</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="116"/>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Save the attendance sheet</source>
        <translation>Enregistrer la feuille de présence</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Writing the attendance sheet…</source>
        <translation>Création de la feuille de présence…</translation>
    </message>
</context>
<context>
    <name>SetupConfirmDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="40"/>
        <source>Set up this laptop</source>
        <translation>Préparer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="41"/>
        <source>This setup bundle holds the event below, signed by the coordinator&apos;s device. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle).</source>
        <translation>Ce paquet de préparation contient l&apos;événement ci-dessous, signé par l&apos;appareil de la coordination. Vérifiez avec la coordination que l&apos;appareil et son empreinte sont ceux affichés sur son écran (Aide › À propos d&apos;eulac-desktop, ou le message affiché après l&apos;export du paquet).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="48"/>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="49"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="50"/>
        <source>Venue:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="51"/>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="52"/>
        <source>Coordinator&apos;s device:</source>
        <translation>Appareil de la coordination :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="53"/>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="54"/>
        <source>Bundle made:</source>
        <translation>Paquet créé :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="74"/>
        <source>Warning: this laptop knows the device “%1” with another key. The bundle may be forged: go on only if the coordinator confirms this fingerprint.</source>
        <translation>Attention : cet ordinateur connaît l&apos;appareil « %1 » avec une autre clé. Le paquet est peut-être falsifié : continuez seulement si la coordination confirme cette empreinte.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="79"/>
        <source>This laptop already trusts this coordinator.</source>
        <translation>Cet ordinateur fait déjà confiance à cette coordination.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="82"/>
        <source>&amp;Set up the event</source>
        <translation>&amp;Préparer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="83"/>
        <source>&amp;Trust this coordinator and set up the event</source>
        <translation>&amp;Faire confiance à cette coordination et préparer l&apos;événement</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../eulac_desktop/ui/tasks.py" line="59"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="71"/>
        <source>The bundle&apos;s clock is ahead</source>
        <translation>L&apos;horloge du paquet est en avance</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="73"/>
        <source>Its changes would win over those made here until this computer&apos;s clock catches up. Import it anyway only if you know why that device&apos;s clock is ahead.</source>
        <translation>Ses modifications l&apos;emporteraient sur celles faites ici jusqu&apos;à ce que l&apos;horloge de cet ordinateur la rattrape. Ne l&apos;importez quand même que si vous savez pourquoi l&apos;horloge de cet appareil est en avance.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="76"/>
        <source>Import &amp;anyway</source>
        <translation>Importer &amp;quand même</translation>
    </message>
</context>
<context>
    <name>VotingKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="241"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrect</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="163"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="163"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="163"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="195"/>
        <source>No poll yet: make one (Ctrl+Alt+N), or turn a challenge&apos;s clusters into one on the Ideas page.</source>
        <translation>Pas encore de vote&#xa0;: créez-en un (Ctrl+Alt+N) ou transformez les groupes d&apos;un défi en vote dans la page Idées.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="200"/>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="200"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="308"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="205"/>
        <source>Secret ballot.</source>
        <translation>Vote à bulletin secret.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="205"/>
        <source>Named ballot: who voted what is stored.</source>
        <translation>Vote nominatif&#xa0;: le choix de chaque votant est enregistré.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="228"/>
        <source>Open a poll</source>
        <translation>Ouvrir un vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="228"/>
        <source>Close a poll</source>
        <translation>Clôturer un vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="250"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="253"/>
        <source>Paper ballots</source>
        <translation>Bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="250"/>
        <source>How many ballots?</source>
        <translation>Combien de bulletins&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="254"/>
        <source>First serial number (1, or after those printed before):</source>
        <translation>Premier numéro de série (1, ou la suite de ceux déjà imprimés)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="258"/>
        <source>ballots</source>
        <translation>bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="260"/>
        <source>Save the paper ballots</source>
        <translation>Enregistrer les bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="260"/>
        <source>Making the paper ballots…</source>
        <translation>Création des bulletins papier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="291"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="296"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="299"/>
        <source>Void a ballot</source>
        <translation>Annuler un bulletin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="291"/>
        <source>Ballot (in no order: a secret poll keeps no order of casting):</source>
        <translation>Bulletin (sans ordre : un scrutin secret ne garde pas l&apos;ordre des votes) :</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="292"/>
        <source>Ballot (latest first):</source>
        <translation>Bulletin (le plus récent en premier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="296"/>
        <source>Reason (recorded):</source>
        <translation>Motif (enregistré)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="304"/>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="305"/>
        <source>Poll</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="305"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="305"/>
        <source>Voted</source>
        <translation>Votants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="306"/>
        <source>Polls</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="307"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="308"/>
        <source>&amp;New poll…</source>
        <translation>&amp;Nouveau vote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="308"/>
        <source>&amp;Close</source>
        <translation>&amp;Clôturer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="309"/>
        <source>Voting &amp;kiosk…</source>
        <translation>&amp;Borne de vote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="309"/>
        <source>&amp;Print paper ballots…</source>
        <translation>&amp;Imprimer des bulletins papier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="310"/>
        <source>&amp;Enter paper ballots…</source>
        <translation>&amp;Saisir des bulletins papier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="310"/>
        <source>Results on the p&amp;rojector</source>
        <translation>Résultats sur le &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="311"/>
        <source>&amp;Void a ballot…</source>
        <translation>&amp;Annuler un bulletin…</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="41"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="143"/>
        <source>Add a walk-in</source>
        <translation>Inscrire sur place</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="44"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="64"/>
        <source>e.g. es; en</source>
        <translation>p.&#xa0;ex. fr; es</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="66"/>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="67"/>
        <source>&amp;Family name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="68"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="69"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="70"/>
        <source>&amp;Country</source>
        <translation>P&amp;ays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="71"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="72"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="75"/>
        <source>Offers (P2P topics this person can share)</source>
        <translation>Offre (thèmes P2P que cette personne peut partager)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="76"/>
        <source>Seeks (P2P topics this person wants to learn about)</source>
        <translation>Cherche (thèmes P2P sur lesquels elle veut apprendre)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="78"/>
        <source>Offer&amp;s</source>
        <translation>Offre&amp;s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="79"/>
        <source>See&amp;ks</source>
        <translation>Cherc&amp;he</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="80"/>
        <source>Space ticks a topic; Tab goes on.</source>
        <translation>Espace coche un thème ; Tab passe au champ suivant.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="92"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="93"/>
        <source>Add, then &amp;another</source>
        <translation>Ajouter et &amp;continuer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="94"/>
        <source>Add and &amp;print the badge</source>
        <translation>Ajouter et imprimer le &amp;badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="128"/>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="128"/>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="129"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="129"/>
        <source>very close name</source>
        <translation>nom très proche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="132"/>
        <source>Already registered?</source>
        <translation>Déjà inscrit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="160"/>
        <source>Added %1.</source>
        <translation>Ajouté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="46"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="81"/>
        <source>No camera found. Plug one in, or use the USB scanner.</source>
        <translation>Aucune caméra trouvée. Branchez-en une ou utilisez le lecteur USB.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="110"/>
        <source>The camera stopped: %1. Check that it is plugged in and not used by another program.</source>
        <translation>La caméra s&apos;est arrêtée&#xa0;: %1. Vérifiez qu&apos;elle est branchée et qu&apos;aucun autre programme ne l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="129"/>
        <source>Stop the camera</source>
        <translation>Éteindre la caméra</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="129"/>
        <source>Start the camera</source>
        <translation>Allumer la caméra</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="85"/>
        <source>%1 (missing)
%2</source>
        <translation>%1 (introuvable)
%2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="106"/>
        <source>eulac-desktop %1</source>
        <translation>eulac-desktop %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="107"/>
        <source>Welcome to eulac-desktop</source>
        <translation>Bienvenue dans eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="108"/>
        <source>Register participants, check them in, capture ideas, vote and plan peer-to-peer learning — all offline, on this laptop.</source>
        <translation>Inscrivez les participants, gérez leur accueil, recueillez des idées, votez et planifiez l&apos;apprentissage entre pairs — le tout hors ligne, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="110"/>
        <source>&amp;New event…  (Ctrl+N)</source>
        <translation>&amp;Nouvel événement…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="111"/>
        <source>&amp;Open an event…  (Ctrl+O)</source>
        <translation>&amp;Ouvrir un événement…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="112"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation>&amp;Configurer cet ordinateur avec un paquet de préparation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="113"/>
        <source>A second laptop for the same event: use the setup bundle the coordinator exported (Results › Export a setup bundle…)</source>
        <translation>Un deuxième ordinateur pour le même événement : utilisez le paquet de préparation exporté par la coordination (Résultats › Exporter un paquet de préparation…)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="115"/>
        <source>Open the &amp;demo event  (Ctrl+D)</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration  (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="116"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation>Nouveau fichier &amp;maître (coordination)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="117"/>
        <source>A master file gathers the result bundles of several events</source>
        <translation>Un fichier maître réunit les paquets de résultats de plusieurs événements</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="119"/>
        <location filename="../eulac_desktop/ui/welcome.py" line="120"/>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="121"/>
        <source>Enter opens the selected event; Delete removes it from this list.</source>
        <translation>Entrée ouvre l&apos;événement sélectionné&#xa0;; Suppr le retire de cette liste.</translation>
    </message>
</context>
</TS>
