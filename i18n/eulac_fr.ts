<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="154"/>
        <source>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;This device: %5&lt;br&gt;Settings and keys: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Anime des événements participatifs — inscription, accueil, idées, vote, apprentissage P2P — hors ligne.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Polices&#xa0;: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Cet appareil&#xa0;: %5&lt;br&gt;Paramètres et clés&#xa0;: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="165"/>
        <source>About eulac-desktop</source>
        <translation>À propos d&apos;eulac-desktop</translation>
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
        <location filename="../eulac_desktop/ui/app.py" line="107"/>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="107"/>
        <source>Event files (*.eulac);;All files (*)</source>
        <translation>Fichiers d&apos;événement (*.eulac);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="115"/>
        <source>Event file not found</source>
        <translation>Fichier de l&apos;événement introuvable</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="116"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus là&#xa0;: il a peut-être été déplacé, renommé ou supprimé.

Le retirer des événements récents&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="142"/>
        <source>Preparing the demo event…</source>
        <translation>Préparation de l&apos;événement de démonstration…</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="106"/>
        <source>Edit the event&apos;s name</source>
        <translation>Modifier le nom de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="106"/>
        <source>Edit the start date</source>
        <translation>Modifier la date de début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="107"/>
        <source>Edit the end date</source>
        <translation>Modifier la date de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="107"/>
        <source>Edit the venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="108"/>
        <source>Edit the time zone</source>
        <translation>Modifier le fuseau horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="108"/>
        <source>Edit the languages</source>
        <translation>Modifier les langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="109"/>
        <source>Edit the welcome text</source>
        <translation>Modifier le texte d&apos;accueil</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/event.py" line="146"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="147"/>
        <source>Last change: %1 (%2)</source>
        <translation>Dernière modification&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="149"/>
        <source>File: %1 (file format %2)</source>
        <translation>Fichier&#xa0;: %1 (format de fichier %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="162"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>E&amp;nds</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Venue</source>
        <translation>Li&amp;eu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="164"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="164"/>
        <source>&amp;Main language</source>
        <translation>Langue &amp;principale</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="167"/>
        <source>&amp;Welcome text</source>
        <translation>&amp;Texte d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="168"/>
        <source>Shown on the projector when people arrive</source>
        <translation>Affiché sur le projecteur à l&apos;arrivée des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="169"/>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="171"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="50"/>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="160"/>
        <source>No recent events</source>
        <translation>Aucun événement récent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="208"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="221"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="223"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un événement &amp;récent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="225"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="226"/>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Close event</source>
        <translation>&amp;Fermer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="227"/>
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Find a participant</source>
        <translation>&amp;Chercher un participant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Projector</source>
        <translation>&amp;Projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="229"/>
        <source>&amp;Full screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="229"/>
        <source>P&amp;references…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="230"/>
        <source>&amp;About eulac-desktop</source>
        <translation>À &amp;propos d&apos;eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="238"/>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="239"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="240"/>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="247"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>P2P learning</source>
        <translation>Apprentissage P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="252"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="29"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="34"/>
        <source>e.g. Co-Innovation Lab on research infrastructures</source>
        <translation>p.&#xa0;ex. Laboratoire de co-innovation sur les infrastructures de recherche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="53"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="58"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="59"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="60"/>
        <source>E&amp;nds</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="61"/>
        <source>&amp;Venue</source>
        <translation>Li&amp;eu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="62"/>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="63"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="64"/>
        <source>Save &amp;as</source>
        <translation>Enregistrer &amp;sous</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="69"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="88"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="92"/>
        <source>Save the new event as</source>
        <translation>Enregistrer le nouvel événement sous</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="93"/>
        <source>Event files (*.eulac)</source>
        <translation>Fichiers d&apos;événement (*.eulac)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="32"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="35"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="35"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="36"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="36"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="53"/>
        <source>%n participant(s) found</source>
        <translation>
            <numerusform>%n participant trouvé</numerusform>
            <numerusform>%n participants trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="55"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="58"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="61"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="59"/>
        <source>Search by name, organisation or e-mail (Ctrl+F)</source>
        <translation>Rechercher par nom, organisation ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="60"/>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="128"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="130"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="135"/>
        <source>The colours follow your system&apos;s light or dark theme.</source>
        <translation>Les couleurs suivent le thème clair ou sombre du système.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="138"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="139"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="52"/>
        <location filename="../eulac_desktop/ui/projector.py" line="80"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="108"/>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector.py" line="112"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../eulac_desktop/ui/tasks.py" line="52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="27"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="28"/>
        <source>Scan badges with a USB scanner or a webcam to check people in at the door and in session rooms, look people up by name, and run a check-in kiosk. This page is not built yet.</source>
        <translation>Scanner les badges avec un lecteur USB ou une webcam pour enregistrer l&apos;arrivée des personnes à l&apos;entrée et dans les salles, rechercher une personne par son nom et tenir une borne d&apos;accueil. Cette page n&apos;est pas encore développée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="30"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="31"/>
        <source>Capture ideas for “How might we…?” challenges, cluster them into themes on a board and show them on the projector. This page is not built yet.</source>
        <translation>Recueillir des idées pour des défis «&#xa0;Comment pourrions-nous…&#xa0;?&#xa0;», les regrouper par thèmes sur un tableau et les afficher sur le projecteur. Cette page n&apos;est pas encore développée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="33"/>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="34"/>
        <source>Run priority votes (dots, ranking, 100 points, impact/effort) with one ballot per badge, paper ballots and live results. This page is not built yet.</source>
        <translation>Organiser des votes de priorisation (gommettes, classement, 100 points, impact/effort) avec un bulletin par badge, des bulletins papier et des résultats en direct. Cette page n&apos;est pas encore développée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="36"/>
        <source>P2P learning</source>
        <translation>Apprentissage P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="37"/>
        <source>Match what people offer with what others seek, plan rounds of small mixed EU/LAC tables and print everyone&apos;s agenda. This page is not built yet.</source>
        <translation>Faire correspondre ce que les uns proposent avec ce que les autres recherchent, planifier des tours de petites tables mixtes UE/ALC et imprimer le programme de chacun. Cette page n&apos;est pas encore développée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="39"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="40"/>
        <source>Export signed result bundles, merge bundles from several laptops and events, and produce the outcome report (PDF) and data (CSV/XLSX). This page is not built yet.</source>
        <translation>Exporter des paquets de résultats signés, fusionner les paquets de plusieurs ordinateurs et événements, et produire le rapport final (PDF) et les données (CSV/XLSX). Cette page n&apos;est pas encore développée.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="79"/>
        <source>%1 (missing)
%2</source>
        <translation>%1 (introuvable)
%2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="100"/>
        <source>eulac-desktop %1</source>
        <translation>eulac-desktop %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="101"/>
        <source>Welcome to eulac-desktop</source>
        <translation>Bienvenue dans eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="102"/>
        <source>Register participants, check them in, capture ideas, vote and plan peer-to-peer learning — all offline, on this laptop.</source>
        <translation>Inscrivez les participants, gérez leur accueil, recueillez des idées, votez et planifiez l&apos;apprentissage entre pairs — le tout hors ligne, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="104"/>
        <source>&amp;New event…  (Ctrl+N)</source>
        <translation>&amp;Nouvel événement…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="105"/>
        <source>&amp;Open an event…  (Ctrl+O)</source>
        <translation>&amp;Ouvrir un événement…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="106"/>
        <source>Open the &amp;demo event  (Ctrl+D)</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration  (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="107"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="108"/>
        <location filename="../eulac_desktop/ui/welcome.py" line="109"/>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="110"/>
        <source>Enter opens the selected event; Delete removes it from this list.</source>
        <translation>Entrée ouvre l&apos;événement sélectionné&#xa0;; Suppr le retire de cette liste.</translation>
    </message>
</context>
</TS>
