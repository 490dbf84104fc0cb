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
        <translation>Le journal, à envoyer avec un signalement de problème&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="185"/>
        <source>About eulac-desktop</source>
        <translation>À propos d&apos;eulac-desktop</translation>
    </message>
</context>
<context>
    <name>ActionPlansDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="177"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="191"/>
        <source>Action plans</source>
        <translation>Plans d’action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="198"/>
        <source>Show on the &amp;projector</source>
        <translation>Afficher sur le &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="257"/>
        <source>Delete the action plan</source>
        <translation>Supprimer le plan d’action</translation>
    </message>
</context>
<context>
    <name>AddTopicDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="110"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="133"/>
        <source>Add a topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="113"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="114"/>
        <source>e.g. CLIMATE</source>
        <translation>p. ex. CLIMAT</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="116"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="120"/>
        <source>Label in %1</source>
        <translation>Libellé en %1</translation>
    </message>
</context>
<context>
    <name>Ago</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="72"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="75"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="77"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="78"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="55"/>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="61"/>
        <source>&amp;Layout</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="63"/>
        <source>Make the PDF…</source>
        <translation>Créer le PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/badge_print.py" line="67"/>
        <source>%n badge(s) will be made as a PDF: choose where to save it, then print it.</source>
        <translation>
            <numerusform>%n badge sera créé en PDF&#xa0;: choisissez où l’enregistrer, puis imprimez-le.</numerusform>
            <numerusform>%n badges seront créés en PDF&#xa0;: choisissez où l’enregistrer, puis imprimez-le.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="74"/>
        <source>Names that cannot be printed whole</source>
        <extracomment>who cannot have their name printed whole (empty, and hidden, when everyone can)</extracomment>
        <translation>Noms qui ne peuvent pas être imprimés en entier</translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="33"/>
        <source>(%1 more)</source>
        <translation>(%1 de plus)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="34"/>
        <source>These names cannot be printed whole: no font has some of their letters, so “?” stands in their place on the badge:</source>
        <translation>Ces noms ne peuvent pas être imprimés en entier&#xa0;: aucune police n&apos;a certaines de leurs lettres, et «&#x202f;?&#xa0;» les remplace sur le badge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="41"/>
        <source>A4, 8 badges per sheet (with cut marks)</source>
        <translation>A4, 8 badges par feuille (avec traits de coupe)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="42"/>
        <source>A4, 4 A6 badges per sheet (fold and cut)</source>
        <translation>A4, 4 badges A6 par feuille (plier et couper)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="43"/>
        <source>A6, one badge per page</source>
        <translation>A6, un badge par page</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="44"/>
        <source>US Letter, 6 badges per sheet (4 × 3 in)</source>
        <translation>US Letter, 6 badges par feuille (4 × 3 po)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="45"/>
        <source>Label roll, 62 mm wide (Brother QL and similar)</source>
        <translation>Rouleau d&apos;étiquettes de 62 mm (Brother QL et similaires)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="46"/>
        <source>Labels, 4 × 3 in</source>
        <translation>Étiquettes de 4 × 3 po</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="93"/>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="99"/>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="101"/>
        <source>badges</source>
        <translation>badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="102"/>
        <source>Save the badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="103"/>
        <source>Making badges…</source>
        <translation>Production des badges…</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="64"/>
        <source>Theme %1</source>
        <translation>Thème %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="186"/>
        <source>Round %1: find your table</source>
        <translation>Tour %1&#xa0;: trouvez votre table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="189"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="216"/>
        <source>Round %1: tables and topics</source>
        <translation>Tour %1&#xa0;: tables et thèmes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="267"/>
        <source>Join from your phone</source>
        <translation>Entrez depuis votre téléphone</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="272"/>
        <source>Scan the code or type the address, then enter the phone code printed on your badge.</source>
        <translation>Scannez le code ou tapez l’adresse, puis saisissez le code pour le téléphone imprimé sur votre badge.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="278"/>
        <source>%1 of %2 have voted</source>
        <translation>%1 sur %2 ont voté</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="300"/>
        <source>Roadmap: our action plans</source>
        <translation>Feuille de route&#xa0;: nos plans d’action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="303"/>
        <source>No action plans yet.</source>
        <translation>Pas encore de plans d’action.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="320"/>
        <source>and %n more plan(s)</source>
        <translation>
            <numerusform>et %n plan de plus</numerusform>
            <numerusform>et %n plans de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="333"/>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="335"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="337"/>
        <source>%1 of %2 participants have arrived</source>
        <translation>%1 sur %2 participants sont arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="358"/>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="363"/>
        <source>%n idea(s) so far</source>
        <translation>
            <numerusform>%n idée pour l&apos;instant</numerusform>
            <numerusform>%n idées pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="378"/>
        <source>%n idea(s) not yet in a cluster</source>
        <translation>
            <numerusform>%n idée pas encore dans un groupe</numerusform>
            <numerusform>%n idées pas encore dans un groupe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="381"/>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="410"/>
        <source>No clusters yet</source>
        <translation>Pas encore de groupes</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="401"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="415"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>CertificatesBox</name>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="94"/>
        <source>No signature</source>
        <translation>Pas de signature</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="102"/>
        <source>Edit the organiser who signs</source>
        <translation>Modifier le signataire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="109"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="167"/>
        <source>Choose the signature image</source>
        <translation>Choisir l’image de la signature</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="111"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <source>Set the signature image</source>
        <translation>Définir l’image de la signature</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="169"/>
        <source>Remove the signature image</source>
        <translation>Retirer l’image de la signature</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="139"/>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="140"/>
        <source>nobody gets one yet: certificates are for people who checked in (and attended enough sessions and hours)</source>
        <translation>personne n&apos;en reçoit encore&#xa0;: les attestations sont pour les personnes enregistrées (et ayant assisté à assez de sessions et d&apos;heures)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="142"/>
        <source>certificates</source>
        <translation>attestations</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Save the certificates</source>
        <translation>Enregistrer les attestations</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Making certificates…</source>
        <translation>Production des attestations…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="162"/>
        <source>O&amp;rganiser (signs)</source>
        <translation>&amp;Organisateur (signe)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="163"/>
        <source>Name printed under the signature on the certificates</source>
        <translation>Nom imprimé sous la signature sur les attestations</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="164"/>
        <source>Organiser who signs the certificates</source>
        <translation>Signataire des attestations</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="165"/>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnature</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="166"/>
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="168"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="170"/>
        <source>Signature image</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="171"/>
        <source>&amp;Certificates</source>
        <translation>Atte&amp;stations</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="172"/>
        <source>at least </source>
        <translation>au moins </translation>
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
        <translation>Seulement les personnes présentes à au moins ce nombre de sessions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="174"/>
        <source>and </source>
        <translation>et </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/certificates.py" line="184"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> heure</numerusform>
            <numerusform> heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="175"/>
        <source>Only people who attended at least this many hours</source>
        <translation>Seulement les personnes ayant assisté à au moins ce nombre d&apos;heures</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="176"/>
        <source>Make attendance certificates…</source>
        <translation>Produire les attestations de présence…</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>New challenge</source>
        <translation>Nouveau défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="36"/>
        <source>How might we…?</source>
        <translation>Comment pourrions-nous…&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="43"/>
        <source>No countdown</source>
        <translation>Pas de compte à rebours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="44"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="46"/>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Time box:</source>
        <translation>&amp;Temps imparti&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="107"/>
        <source>Check in at</source>
        <translation>Enregistrer l&apos;arrivée à</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="109"/>
        <source>Desk 1</source>
        <translation>Poste 1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="113"/>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in %1</source>
        <translation>Enregistrer l&apos;arrivée de %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="213"/>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="297"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="223"/>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="225"/>
        <source>At %1, %2</source>
        <translation>À %1, %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="227"/>
        <source>Already checked in</source>
        <translation>Arrivée déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="229"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="313"/>
        <source>Checked in: %1 of %2</source>
        <translation>Arrivées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="323"/>
        <source>In this session: %1</source>
        <translation>Dans cette session&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="328"/>
        <source>%1: %2 / %3</source>
        <translation>%1&#xa0;: %2 / %3</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="335"/>
        <source>The event&apos;s entrance</source>
        <translation>L&apos;entrée de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="353"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="354"/>
        <source>Check in &amp;at</source>
        <translation>Enregistrer l&apos;a&amp;rrivée à</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="355"/>
        <source>&amp;Desk</source>
        <translation>P&amp;oste</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="356"/>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="357"/>
        <source>Scan a badge (the scanner works wherever the cursor is)</source>
        <translation>Scannez un badge (le lecteur fonctionne où que soit le curseur)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="358"/>
        <source>Forgot their badge? Find them by &amp;name (Ctrl+L):</source>
        <translation>Badge oublié&#xa0;? &amp;Cherchez la personne par son nom (Ctrl+L)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="360"/>
        <source>&amp;Check in</source>
        <translation>Enre&amp;gistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="359"/>
        <source>Name, organisation or e-mail</source>
        <translation>Nom, organisation ou e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="361"/>
        <source>Find a participant to check in</source>
        <translation>Chercher un participant pour enregistrer son arrivée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="362"/>
        <source>Start the &amp;kiosk…</source>
        <translation>Lancer la bor&amp;ne…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="363"/>
        <source>&amp;Sound</source>
        <translation>&amp;Son</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="364"/>
        <source>&amp;Webcam</source>
        <translation>&amp;Webcam</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="365"/>
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
    <name>ConnectLaptopsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="121"/>
        <source>Connect laptops</source>
        <translation>Connecter les ordinateurs</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="123"/>
        <source>The laptops of this event keep in step through a shared folder: each writes what it records there and takes in what the others wrote, within seconds. Syncthing copies the folder between the laptops over the venue network, with no internet and no server; any other shared folder works too.</source>
        <translation>Les ordinateurs de cet événement restent à jour grâce à un dossier partagé&#xa0;: chacun y écrit ce qu&apos;il enregistre et reprend ce que les autres ont écrit, en quelques secondes. Syncthing copie le dossier entre les ordinateurs par le réseau du lieu, sans internet ni serveur&#x202f;; tout autre dossier partagé convient aussi.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="128"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="131"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="316"/>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="132"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="133"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="263"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="319"/>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="139"/>
        <source>This laptop in Syncthing</source>
        <translation>Cet ordinateur dans Syncthing</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="140"/>
        <source>Looking for Syncthing…</source>
        <translation>Recherche de Syncthing…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="145"/>
        <source>This laptop&apos;s device id</source>
        <translation>Identifiant d&apos;appareil de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="146"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="147"/>
        <source>Copy this laptop&apos;s device id</source>
        <translation>Copier l&apos;identifiant d&apos;appareil de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="151"/>
        <source>QR code of this laptop&apos;s device id</source>
        <translation>Code QR de l&apos;identifiant d&apos;appareil de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="153"/>
        <source>Type or paste the other laptop&apos;s device id</source>
        <translation>Tapez ou collez l&apos;identifiant d&apos;appareil de l&apos;autre ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="154"/>
        <source>Device id of a laptop to add</source>
        <translation>Identifiant d&apos;appareil d&apos;un ordinateur à ajouter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="156"/>
        <source>&amp;Add laptop</source>
        <translation>&amp;Ajouter l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="157"/>
        <source>Add the laptop with this device id</source>
        <translation>Ajouter l&apos;ordinateur qui a cet identifiant d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="159"/>
        <source>Sca&amp;n its code…</source>
        <translation>Scan&amp;ner son code…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="160"/>
        <source>Scan the other laptop&apos;s QR code with the webcam</source>
        <translation>Scanner avec la webcam le code QR de l&apos;autre ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="173"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="177"/>
        <source>Laptops of the room</source>
        <translation>Ordinateurs de la salle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Last delta received</source>
        <translation>Dernier delta reçu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="176"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="186"/>
        <source>&amp;Trust the selected laptop…</source>
        <translation>&amp;Faire confiance à l&apos;ordinateur choisi…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="187"/>
        <source>Trust the selected laptop</source>
        <translation>Faire confiance à l&apos;ordinateur choisi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="190"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="191"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="235"/>
        <source>Syncthing is not installed on this laptop.</source>
        <translation>Syncthing n&apos;est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="247"/>
        <source>Show this id to the other laptops (or let them scan the code), and add theirs below.</source>
        <translation>Montrez cet identifiant aux autres ordinateurs (ou laissez-les scanner le code), et ajoutez les leurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="286"/>
        <source>Scan the other laptop&apos;s code</source>
        <translation>Scanner le code de l&apos;autre ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="288"/>
        <source>Hold the other laptop&apos;s screen, showing its code, up to the camera.</source>
        <translation>Présentez à la caméra l&apos;écran de l&apos;autre ordinateur qui montre son code.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="312"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="339"/>
        <source>%1 (no longer trusted)</source>
        <translation>%1 (n&apos;est plus de confiance)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="341"/>
        <source>%1 (not trusted yet: %2)</source>
        <translation>%1 (pas encore de confiance&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="342"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="364"/>
        <source>Trust this laptop?</source>
        <translation>Faire confiance à cet ordinateur&#x202f;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="365"/>
        <source>Trust “%1” only if its screen shows the same fingerprint:

%2

(eulac device show, or About on that laptop.)</source>
        <translation>Ne faites confiance à « %1 » que si son écran montre la même empreinte&#xa0;:

%2

(eulac device show, ou À propos sur cet ordinateur.)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="142"/>
        <source>This file has been removed from the recent events.</source>
        <translation>Ce fichier a été retiré des événements récents.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="198"/>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="199"/>
        <source>Event files (*.eulac);;Setup bundles (*.zip);;All files (*)</source>
        <translation>Fichiers d&apos;événement (*.eulac);;Paquets de préparation (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="207"/>
        <source>Event file not found</source>
        <translation>Fichier de l&apos;événement introuvable</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="208"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus là&#xa0;: il a peut-être été déplacé, renommé ou supprimé.

Le retirer des événements récents&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>New master file</source>
        <translation>Nouveau fichier maître</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>Programme name:</source>
        <translation>Nom du programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="254"/>
        <source>Save the master file</source>
        <translation>Enregistrer le fichier maître</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="255"/>
        <source>Event files (*.eulac)</source>
        <translation>Fichiers d&apos;événement (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="277"/>
        <source>Preparing the demo event…</source>
        <translation>Préparation de l&apos;événement de démonstration…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="20"/>
        <source>It happened during “%1”.</source>
        <translation>Cela s’est produit pendant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="26"/>
        <source>It happened on the %1 page.</source>
        <translation>Cela s’est produit sur la page %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="28"/>
        <source>It happened in “%1”.</source>
        <translation>Cela s’est produit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="44"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong that the app did not expect.</source>
        <translation>Un problème que l’application n’avait pas prévu est survenu.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="52"/>
        <source>Your data is safe: every change is saved as it is made. You can carry on; if it happens again, close the event and open it again.</source>
        <translation>Vos données sont en sécurité&#xa0;: chaque modification est enregistrée au moment où elle est faite. Vous pouvez continuer&#x202f;; si cela se reproduit, fermez l’événement et rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="57"/>
        <source>The details are in the log file: %1</source>
        <translation>Les détails se trouvent dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="59"/>
        <source>The details could not be written to the log file (%1). Copy them with “Copy details” to send with your report: they are below.</source>
        <translation>Les détails n’ont pas pu être écrits dans le fichier journal (%1). Copiez-les avec «&#xa0;Copier les détails&#xa0;» pour les joindre à votre rapport&#xa0;: ils sont ci-dessous.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="62"/>
        <source>This computer keeps no log file. Copy the details with “Copy details” to send with your report: they are below.</source>
        <translation>Cet ordinateur ne tient aucun fichier journal. Copiez les détails avec «&#xa0;Copier les détails&#xa0;» pour les joindre à votre rapport&#xa0;: ils sont ci-dessous.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="70"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="75"/>
        <source>&amp;Open the log folder</source>
        <translation>&amp;Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="94"/>
        <source>This has happened %n time(s).</source>
        <translation>
            <numerusform>Cela s’est produit %n fois.</numerusform>
            <numerusform>Cela s’est produit %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="96"/>
        <source>%n other error(s) happened meanwhile (they are in the log too).</source>
        <translation>
            <numerusform>%n autre erreur s’est produite entre-temps (elle est aussi dans le journal).</numerusform>
            <numerusform>%n autres erreurs se sont produites entre-temps (elles sont aussi dans le journal).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="116"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Region</source>
        <extracomment>(plan id, status): move the plan chosen in the roadmap to this status</extracomment>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="166"/>
        <source>fewer than 5</source>
        <translation>moins de 5</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="201"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="210"/>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="211"/>
        <source>Devices (%1)</source>
        <translation>Appareils (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="212"/>
        <source>Bundles received (%1)</source>
        <translation>Paquets reçus (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="213"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="213"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="254"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="214"/>
        <source>Double check-ins (%1)</source>
        <translation>Doubles passages à l’accueil (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="215"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="255"/>
        <source>KPIs by gender and stakeholder</source>
        <translation>Indicateurs par genre et type d’acteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="216"/>
        <source>Roadmap (%1)</source>
        <translation>Feuille de route (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="233"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="227"/>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="221"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="221"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="223"/>
        <source>Last bundle</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="223"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="252"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>Rows changed</source>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>By</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Poll</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>Eligible</source>
        <translation>Électeurs</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>First</source>
        <translation>Première place</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Counted</source>
        <translation>Passage retenu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="231"/>
        <source>Also checked in (superseded)</source>
        <translation>Aussi passée à l’accueil (supplanté)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Stakeholder type</source>
        <translation>Type d’acteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="233"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="244"/>
        <source>S&amp;tatus of the chosen plan</source>
        <translation>É&amp;tat du plan choisi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="245"/>
        <source>Status of the chosen plan</source>
        <translation>État du plan choisi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="246"/>
        <source>Set the status</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="247"/>
        <source>A later event&apos;s news: move the chosen plan to planned, started or done</source>
        <translation>Nouvelles d&apos;un événement ultérieur&#xa0;: passer le plan choisi à prévu, en cours ou terminé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="248"/>
        <source>Registered and attended across the events, by gender, region and stakeholder type; groups of 1 to 4 people are shown as “fewer than 5”.</source>
        <translation>Inscrits et présents sur l’ensemble des événements, par genre, région et type d’acteur&#x202f;; les groupes de 1 à 4 personnes sont indiqués « moins de 5 ».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="250"/>
        <source>People checked in on more than one laptop: the earliest check-in counts, the others are kept as superseded.</source>
        <translation>Personnes enregistrées à l’accueil sur plus d’un ordinateur&#xa0;: le passage le plus ancien compte, les autres sont gardés comme supplantés.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="252"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="254"/>
        <source>Double check-ins</source>
        <translation>Doubles passages à l’accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="256"/>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
</context>
<context>
    <name>DeviceNameDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="91"/>
        <source>Name this laptop</source>
        <translation>Nommer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="92"/>
        <source>Give this laptop a name that people in the room will recognise, such as “Desk 2” or “Registration”. It is shown wherever this laptop&apos;s bundles arrive.</source>
        <translation>Donnez à cet ordinateur un nom que les personnes dans la salle reconnaîtront, comme «&#xa0;Poste 2&#xa0;» ou «&#xa0;Accueil&#xa0;». Il s&apos;affiche partout où arrivent les paquets de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="98"/>
        <source>Laptop name</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
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
        <translation>Arrivée enregistrée&#x202f;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="92"/>
        <source>A merge keeps one record and completes it from the other; Ctrl+Z undoes it. “Not the same person” is remembered in this event file: the pair is not flagged again.</source>
        <translation>Une fusion garde une fiche et la complète avec l’autre&#x202f;; Ctrl+Z l’annule. «&#xa0;Pas la même personne&#xa0;» est retenu dans ce fichier d’événement&#xa0;: la paire n’est plus signalée.</translation>
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
        <translation>Est-ce une seule personne&#x202f;? (%1)</translation>
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
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="145"/>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the event&apos;s name</source>
        <translation>Modifier le nom de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the start date</source>
        <translation>Modifier la date de début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the end date</source>
        <translation>Modifier la date de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the time zone</source>
        <translation>Modifier le fuseau horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the languages</source>
        <translation>Modifier les langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="126"/>
        <source>Edit the welcome text</source>
        <translation>Modifier le texte d&apos;accueil</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/event.py" line="162"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>Last change: %1 (%2)</source>
        <translation>Dernière modification&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="165"/>
        <source>File: %1 (file format %2)</source>
        <translation>Fichier&#xa0;: %1 (format de fichier %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="192"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>En&amp;ds</source>
        <translation>Da&amp;te de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>Ven&amp;ue</source>
        <translation>Lie&amp;u</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="194"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="194"/>
        <source>&amp;Main language</source>
        <translation>Langue p&amp;rincipale</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="197"/>
        <source>&amp;Welcome text</source>
        <translation>Te&amp;xte d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="198"/>
        <source>Shown on the projector when people arrive</source>
        <translation>Affiché sur le projecteur à l&apos;arrivée des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="202"/>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="204"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="214"/>
        <source>This computer keeps no log file: the details button shows the details, to copy into your report.</source>
        <translation>Cet ordinateur ne tient aucun fichier journal&#xa0;: le bouton des détails les affiche, pour les copier dans votre rapport.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="216"/>
        <source>The details could not be written to the log file (%1): the details button shows them, to copy into your report.</source>
        <translation>Les détails n’ont pas pu être écrits dans le fichier journal (%1)&#xa0;: le bouton des détails les affiche, pour les copier dans votre rapport.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="228"/>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="204"/>
        <source>The details are in the log file: %1</source>
        <extracomment>(text): a change that has no undo was made; the undo history ends there (`barrier` holds its text) the text of the last change that could not be undone: the undo history begins after it (&quot;&quot; if none)</extracomment>
        <translation>Les détails se trouvent dans le journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="117"/>
        <source>Rate a round</source>
        <translation>Noter un tour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="160"/>
        <source>Wrong PIN</source>
        <translation>Code PIN incorrect</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="79"/>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="83"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="95"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="97"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="98"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="107"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="108"/>
        <source>Marked as the same idea:</source>
        <translation>Marquées comme la même idée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="398"/>
        <source>Add a challenge (Ctrl+Alt+N) to start capturing ideas.</source>
        <translation>Ajoutez un défi (Ctrl+Alt+N) pour commencer à recueillir des idées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="410"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="411"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="412"/>
        <source>Arrows move between cards, a cluster&apos;s number moves them there (0: unsorted), Enter opens a card, Space + drag pans.</source>
        <translation>Les flèches passent d&apos;une carte à l&apos;autre, le numéro d&apos;un groupe les y déplace (0&#xa0;: sans groupe), Entrée ouvre une carte, Espace + glisser fait défiler le tableau.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="236"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="416"/>
        <source>Cl&amp;ose challenge</source>
        <translation>&amp;Clore le défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="417"/>
        <source>Re&amp;open challenge</source>
        <translation>&amp;Rouvrir le défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Stop co&amp;untdown</source>
        <translation>Arrêter le compte à re&amp;bours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="238"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Start co&amp;untdown</source>
        <translation>Lancer le compte à re&amp;bours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="428"/>
        <source>0 · Unsorted (%1)</source>
        <translation>0 · Sans groupe (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="430"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="642"/>
        <source>Theme %1</source>
        <translation>Thème %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="452"/>
        <source>Add a challenge</source>
        <translation>Ajouter un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="469"/>
        <source>Edit a challenge</source>
        <translation>Modifier un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Close a challenge</source>
        <translation>Clôturer un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Reopen a challenge</source>
        <translation>Rouvrir un défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="511"/>
        <source>Badge refused: %1</source>
        <translation>Badge refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="519"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="538"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Ajouter %n idée</numerusform>
            <numerusform>Ajouter %n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="524"/>
        <source>Added %n idea(s).</source>
        <translation>
            <numerusform>%n idée ajoutée.</numerusform>
            <numerusform>%n idées ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="535"/>
        <source>Paste ideas</source>
        <translation>Coller des idées</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="536"/>
        <source>The text has %n line(s). Add one idea per line?</source>
        <translation>
            <numerusform>Le texte compte %n ligne. Ajouter une idée par ligne&#xa0;?</numerusform>
            <numerusform>Le texte compte %n lignes. Ajouter une idée par ligne&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="539"/>
        <source>Keep as one idea</source>
        <translation>Garder comme une seule idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="580"/>
        <source>Author of the next idea: %1</source>
        <translation>Auteur de la prochaine idée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="591"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="629"/>
        <source>New cluster</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="594"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="597"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="608"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="606"/>
        <source>There is no cluster %1.</source>
        <translation>Il n&apos;y a pas de groupe %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Name of the cluster:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Rename cluster</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="645"/>
        <source>Rename a cluster</source>
        <translation>Renommer un groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="657"/>
        <source>Colour a cluster</source>
        <translation>Changer la couleur d&apos;un groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="242"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="663"/>
        <source>Merge clusters</source>
        <translation>Fusionner des groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="668"/>
        <source>Delete a cluster</source>
        <translation>Supprimer un groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="680"/>
        <source>Reorder clusters</source>
        <translation>Réordonner les groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="252"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="687"/>
        <source>Mark duplicates</source>
        <translation>Marquer comme doublons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="244"/>
        <source>Merge</source>
        <comment>toolbar: merge clusters</comment>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="254"/>
        <source>Duplicates</source>
        <comment>toolbar: mark duplicates</comment>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="693"/>
        <source>Separate duplicates</source>
        <translation>Séparer les doublons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="263"/>
        <source>Make an action plan from the selection…</source>
        <translation>Faire un plan d’action de la sélection…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="414"/>
        <source>Open for ideas</source>
        <translation>Ouvert aux idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="415"/>
        <source>Closed to new ideas</source>
        <translation>Fermé aux idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Stop the countdown</source>
        <translation>Arrêter le compte à rebours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Start the countdown</source>
        <translation>Lancer le compte à rebours</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="698"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Supprimer %n idée</numerusform>
            <numerusform>Supprimer %n idées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="710"/>
        <source>Edit an idea</source>
        <translation>Modifier une idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a picture (*.png)</source>
        <translation>Tableau en image (*.png)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a PDF (*.pdf)</source>
        <translation>Tableau en PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="726"/>
        <source>ideas</source>
        <translation>idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="727"/>
        <source>Export ideas</source>
        <translation>Exporter les idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="745"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="759"/>
        <source>Poll from clusters</source>
        <translation>Vote à partir des groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <source>Title of the poll:</source>
        <translation>Titre du vote&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="763"/>
        <source>Poll “%1” created with %n option(s), as a draft: open it on the Voting page.</source>
        <translation>
            <numerusform>Vote «&#xa0;%1&#xa0;» créé avec %n option, en brouillon&#xa0;: ouvrez-le dans la page Vote.</numerusform>
            <numerusform>Vote «&#xa0;%1&#xa0;» créé avec %n options, en brouillon&#xa0;: ouvrez-le dans la page Vote.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="797"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="799"/>
        <source>The challenge and its countdown</source>
        <translation>Le défi et son compte à rebours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="800"/>
        <source>The board of clusters</source>
        <translation>Le tableau des groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="803"/>
        <source>Cluster: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="823"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="824"/>
        <source>Challen&amp;ge:</source>
        <translation>&amp;Défi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="825"/>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="826"/>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="827"/>
        <source>Type an idea and press Enter…</source>
        <translation>Saisissez une idée et appuyez sur Entrée…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="828"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="829"/>
        <source>Enter adds the idea · Ctrl+Enter starts a new line · paste a list to add one idea per line · scan a badge to set the author</source>
        <translation>Entrée ajoute l&apos;idée · Ctrl+Entrée commence une nouvelle ligne · collez une liste pour ajouter une idée par ligne · scannez un badge pour indiquer l&apos;auteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Author:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="833"/>
        <source>Scan a badge or type a name</source>
        <translation>Scannez un badge ou saisissez un nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="834"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="835"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="836"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="837"/>
        <source>A&amp;dd idea</source>
        <translation>A&amp;jouter l’idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="838"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="839"/>
        <source>What the projector shows</source>
        <translation>Ce qu&apos;affiche le projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="840"/>
        <source>Projector screen</source>
        <translation>Écran du projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="841"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="842"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="233"/>
        <source>&amp;New challenge…</source>
        <translation>&amp;Nouveau défi…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="235"/>
        <source>Edit &amp;challenge…</source>
        <translation>Modifier le dé&amp;fi…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="239"/>
        <source>Capture an idea</source>
        <translation>Saisir une idée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="245"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="246"/>
        <source>Cluster colour…</source>
        <translation>Couleur du groupe…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="247"/>
        <source>Move cluster left</source>
        <translation>Déplacer le groupe vers la gauche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="249"/>
        <source>Move cluster right</source>
        <translation>Déplacer le groupe vers la droite</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="251"/>
        <source>Delete cluster</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="256"/>
        <source>Delete ideas</source>
        <translation>Supprimer les idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="258"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="259"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="260"/>
        <source>Fit the board</source>
        <translation>Afficher tout le tableau</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="261"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="262"/>
        <source>Make a poll…</source>
        <translation>Créer un vote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="265"/>
        <source>Previous screen</source>
        <translation>Écran précédent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="267"/>
        <source>Next screen</source>
        <translation>Écran suivant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="269"/>
        <source>Blank</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="271"/>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="241"/>
        <source>A new cluster of the selected cards, taken from where they were: this also splits a cluster (Ctrl+G)</source>
        <translation>Un nouveau groupe avec les cartes sélectionnées, retirées de leur place&#xa0;: cela permet aussi de scinder un groupe (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="243"/>
        <source>Merge the selected clusters into the first one (Ctrl+Shift+G)</source>
        <translation>Fusionner les groupes sélectionnés dans le premier (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="253"/>
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
        <location filename="../eulac_desktop/ui/import_dialog.py" line="417"/>
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
        <translation>Mises à jour&#xa0;: cochez les personnes à mettre à jour, décochez pour garder la fiche actuelle</translation>
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
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="307"/>
        <source>%n row(s) name topics the event does not have yet: imported, and listed under Problems.</source>
        <translation>
            <numerusform>%n ligne nomme des thèmes que l’événement n’a pas encore&#xa0;: importée, et listée dans Problèmes.</numerusform>
            <numerusform>%n lignes nomment des thèmes que l’événement n’a pas encore&#xa0;: importées, et listées dans Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="310"/>
        <source>same e-mail as row %1 (%2)</source>
        <translation>même e-mail que la ligne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="315"/>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="315"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="316"/>
        <source>very close name</source>
        <translation>nom très proche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>registered</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>May be the same person as</source>
        <translation>Peut-être la même personne que</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="323"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="402"/>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="462"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="462"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="326"/>
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
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="300"/>
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n ligne en double</numerusform>
            <numerusform>%n lignes en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="301"/>
        <source>%n invalid row(s) (not imported)</source>
        <translation>
            <numerusform>%n ligne non valide (non importée)</numerusform>
            <numerusform>%n lignes non valides (non importées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="302"/>
        <source>%1: %2, %3, %4, %5, %6.</source>
        <translation>%1&#xa0;: %2, %3, %4, %5, %6.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="327"/>
        <source>Possible duplicates (%1)</source>
        <translation>Doublons possibles (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="328"/>
        <source>Updates (%1)</source>
        <translation>Mises à jour (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>What changes (current → in the list)</source>
        <translation>Ce qui change (actuel → dans la liste)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="366"/>
        <source>Ticked people are updated from the list; unticked ones keep their current record.</source>
        <translation>Les personnes cochées sont mises à jour depuis la liste&#x202f;; les autres gardent leur fiche actuelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="367"/>
        <source>%n kept as they are.</source>
        <translation>
            <numerusform>%n gardée telle quelle.</numerusform>
            <numerusform>%n gardées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="372"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="373"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="403"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="417"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="449"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="46"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="47"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="48"/>
        <source>Merged duplicates</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="49"/>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="50"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="51"/>
        <source>Check-ins</source>
        <translation>Passages à l’accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="52"/>
        <source>Session attendance</source>
        <translation>Présence aux sessions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="53"/>
        <source>Polls</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="54"/>
        <source>Who voted</source>
        <translation>Qui a voté</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="55"/>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="56"/>
        <source>Voided ballots</source>
        <translation>Bulletins annulés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="57"/>
        <source>Paper ballots read</source>
        <translation>Bulletins papier lus</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="58"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="59"/>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="60"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="61"/>
        <source>P2P topics</source>
        <translation>Thèmes P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="62"/>
        <source>P2P plans</source>
        <translation>Plans P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="63"/>
        <source>P2P ratings</source>
        <translation>Évaluations P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="64"/>
        <source>Action plans</source>
        <translation>Plans d’action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="65"/>
        <source>Evaluation survey</source>
        <translation>Questionnaire d’évaluation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="66"/>
        <source>Evaluation answers</source>
        <translation>Réponses d’évaluation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="78"/>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="80"/>
        <source>A bundle (%1) of “%2”, made on %3 by %4 (%5).</source>
        <translation>Un paquet (%1) de «&#xa0;%2&#xa0;», créé le %3 par %4 (%5).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="87"/>
        <source>Superseded</source>
        <translation>Supplantées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="98"/>
        <source>What the import changes</source>
        <translation>Ce que l&apos;importation modifie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="99"/>
        <source>Nothing to change: this bundle&apos;s data is already here.</source>
        <translation>Rien à modifier&#xa0;: les données de ce paquet sont déjà ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="100"/>
        <source>%n row(s) will stop counting (a later check-in or ballot of the same person); they are kept and listed in the audit.</source>
        <translation>
            <numerusform>%n ligne ne comptera plus (une arrivée ou un bulletin ultérieur de la même personne)&#xa0;; elle est conservée et figure dans le journal d&apos;audit.</numerusform>
            <numerusform>%n lignes ne compteront plus (une arrivée ou un bulletin ultérieur de la même personne)&#xa0;; elles sont conservées et figurent dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="102"/>
        <source>Nothing is written until you import.</source>
        <translation>Rien n&apos;est écrit tant que vous n&apos;importez pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="105"/>
        <source>%n person(s) checked in on more than one laptop (the earliest check-in counts): %1</source>
        <translation>
            <numerusform>%n personne enregistrée à l’accueil sur plus d’un ordinateur (le passage le plus ancien compte)&#xa0;: %1</numerusform>
            <numerusform>%n personnes enregistrées à l’accueil sur plus d’un ordinateur (le passage le plus ancien compte)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="111"/>
        <source>“%1” is not a coordinator of this event: %n row(s) of the event&apos;s settings left out.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ne coordonne pas cet événement&#xa0;: %n ligne des paramètres de l&apos;événement est laissée de côté.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ne coordonne pas cet événement&#xa0;: %n lignes des paramètres de l&apos;événement sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="116"/>
        <source>%n ballot(s) refused, not imported: more than the people its laptop recorded as having voted in the poll (made-up ballots).</source>
        <translation>
            <numerusform>%n bulletin refusé, non importé&#xa0;: plus que les personnes que son ordinateur a enregistrées comme votants dans le scrutin (bulletins inventés).</numerusform>
            <numerusform>%n bulletins refusés, non importés&#xa0;: plus que les personnes que leur ordinateur a enregistrées comme votants dans le scrutin (bulletins inventés).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="121"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="151"/>
        <source>Check-in kiosk</source>
        <translation>Borne d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="196"/>
        <source>%1 of %2 participants have arrived</source>
        <translation>%1 sur %2 participants sont arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="200"/>
        <source>Welcome! Scan your badge</source>
        <translation>Bienvenue&#xa0;! Scannez votre badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="208"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrect</translation>
    </message>
</context>
<context>
    <name>LaptopSetup</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="133"/>
        <source>Choose the setup bundle</source>
        <translation>Choisissez le paquet de préparation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="134"/>
        <source>Setup bundles (*.zip);;All files (*)</source>
        <translation>Paquets de préparation (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="137"/>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="155"/>
        <source>Checking the setup bundle…</source>
        <translation>Vérification du paquet de préparation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="164"/>
        <source>Where to keep this laptop&apos;s event file</source>
        <translation>Où garder le fichier d&apos;événement de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="165"/>
        <source>Event files (*.eulac)</source>
        <translation>Fichiers d&apos;événement (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="184"/>
        <source>Setting up the event on this laptop…</source>
        <translation>Préparation de l&apos;événement sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="195"/>
        <source>Set up this laptop</source>
        <translation>Préparer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="196"/>
        <source>“%1” already holds the event “%2” on this laptop. Open it and bring in what this setup bundle changes?</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà l’événement «&#xa0;%2&#xa0;» sur cet ordinateur. L’ouvrir et y apporter ce que ce paquet de préparation change&#x202f;?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="373"/>
        <source>No recent events</source>
        <translation>Aucun événement récent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="462"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="473"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="474"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="475"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="476"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="477"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="478"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="479"/>
        <source>V&amp;oting</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="480"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un événement &amp;récent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="483"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation>&amp;Configurer cet ordinateur avec un paquet de préparation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="484"/>
        <source>Connec&amp;t laptops…</source>
        <translation>Connec&amp;ter les ordinateurs…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>&amp;Close event</source>
        <translation>&amp;Fermer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="486"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation>Nouveau fichier &amp;maître (coordination)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Find a participant</source>
        <translation>&amp;Chercher un participant</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Projector</source>
        <translation>&amp;Projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>&amp;Full screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Open the room to p&amp;hones…</source>
        <translation>Ouvrir la salle aux &amp;téléphones…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;About eulac-desktop</source>
        <translation>À &amp;propos d&apos;eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="498"/>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="499"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="500"/>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="507"/>
        <source>Cannot undo: %1</source>
        <translation>Impossible d&apos;annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>P2P learning</source>
        <translation>Apprentissage P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="515"/>
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
        <translation>Cet ordinateur n’a pas pu ouvrir le dossier «&#xa0;%1&#xa0;»&#xa0;: aucun gestionnaire de fichiers n’a répondu.</translation>
    </message>
</context>
<context>
    <name>MethodTexts</name>
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
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="35"/>
        <source>The device&apos;s key changed</source>
        <translation>La clé de l&apos;appareil a changé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="37"/>
        <source>This bundle says it comes from “%1”, which this laptop knows with another key. It may be forged. Accept the new key only if the owner of “%1” shows you the new fingerprint on their screen (a new installation makes a new key).</source>
        <translation>Ce paquet dit venir de «&#xa0;%1&#xa0;», que cet ordinateur connaît avec une autre clé. Il est peut-être falsifié. N&apos;acceptez la nouvelle clé que si la personne qui utilise «&#xa0;%1&#xa0;» vous montre la nouvelle empreinte sur son écran (une nouvelle installation crée une nouvelle clé).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>Known key:</source>
        <translation>Clé connue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>New key:</source>
        <translation>Nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="54"/>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Accepter la nouvelle clé</translation>
    </message>
</context>
<context>
    <name>P2PPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="185"/>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="190"/>
        <source>No plan yet: plan the rounds (the people who checked in, by default).</source>
        <translation>Pas encore de plan&#xa0;: planifiez les tours (par défaut, avec les personnes arrivées).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="197"/>
        <source>%1 of %2 seeks met · %3 interpreted seats · %4 notes</source>
        <translation>%1 demandes satisfaites sur %2 · %3 places avec interprétation · %4 remarques</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="256"/>
        <source>Table %1 (%2 people)</source>
        <translation>Table %1 (%2 personnes)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="256"/>
        <source>interprets for %1</source>
        <translation>interprète pour %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="277"/>
        <source>%1 (table %2)</source>
        <translation>%1 (table %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="346"/>
        <source>agendas</source>
        <translation>programmes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="346"/>
        <source>table signs</source>
        <translation>panneaux de table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the agendas</source>
        <translation>Enregistrer les programmes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the table signs</source>
        <translation>Enregistrer les panneaux de table</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="366"/>
        <source>P&amp;lan the rounds…</source>
        <translation>P&amp;lanifier les tours…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="368"/>
        <source>Feedback &amp;kiosk…</source>
        <translation>&amp;Borne d’évaluation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Table and people</source>
        <translation>Table et personnes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="263"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>Move someone</source>
        <translation>Déplacer quelqu’un</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="195"/>
        <source>%1 of %2 tables mixed EU/LAC</source>
        <translation>%1 tables sur %2 mixtes UE/ALC</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="219"/>
        <source>Likely the same person, never at one table: %1 (%2) and %3 (%4); merge them on the Participants page</source>
        <translation>Probablement la même personne, jamais à la même table&#xa0;: %1 (%2) et %3 (%4)&#x202f;; fusionnez-les dans la page Participants</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="225"/>
        <source>… and %n more pair(s) likely of one person, kept apart: point here to see them all</source>
        <translation>
            <numerusform>… et %n autre paire de fiches probablement d’une même personne, séparées&#xa0;: pointez ici pour les voir toutes</numerusform>
            <numerusform>… et %n autres paires de fiches probablement d’une même personne, séparées&#xa0;: pointez ici pour les voir toutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="230"/>
        <source>Before the rounds</source>
        <translation>Avant les tours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="240"/>
        <source>first round at %1 (%2)</source>
        <translation>premier tour&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>To table:</source>
        <translation>Vers la table&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="320"/>
        <source>Plan the rounds</source>
        <translation>Planifier les tours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="321"/>
        <source>Planning the rounds…</source>
        <translation>Planification des tours…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="329"/>
        <source>Plan the rounds again</source>
        <translation>Planifier à nouveau les tours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="330"/>
        <source>Replace the saved plan of %1? The agendas printed from it will no longer match.</source>
        <translation>Remplacer le plan enregistré le %1&#x202f;? Les agendas imprimés à partir de celui-ci ne correspondront plus.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="333"/>
        <source>&amp;Replace the plan</source>
        <translation>&amp;Remplacer le plan</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="348"/>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="361"/>
        <source>P2P learning</source>
        <translation>Apprentissage P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="362"/>
        <source>Topi&amp;cs…</source>
        <translation>T&amp;hèmes…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="363"/>
        <source>&amp;Tables on the projector</source>
        <translation>Tables au pr&amp;ojecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="364"/>
        <source>The projector shows each table of the round with its topic</source>
        <translation>Le projecteur montre chaque table du tour avec son thème</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="365"/>
        <source>Import, add, rename and translate the event&apos;s P2P topics</source>
        <translation>Importer, ajouter, renommer et traduire les thèmes P2P de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="367"/>
        <source>&amp;Move someone…</source>
        <translation>Déplacer &amp;quelqu’un…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="369"/>
        <source>&amp;Agendas (PDF)…</source>
        <translation>Pro&amp;grammes (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="370"/>
        <source>Table &amp;signs (PDF)…</source>
        <translation>Panneaux de &amp;table (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="371"/>
        <source>Round on the p&amp;rojector</source>
        <translation>Tour au p&amp;rojecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="373"/>
        <source>Interpreting, notes</source>
        <translation>Interprétation, remarques</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="374"/>
        <source>Tables of the round</source>
        <translation>Tables du tour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="375"/>
        <source>Drag a person onto another table to move them (Ctrl+Z undoes)</source>
        <translation>Faites glisser une personne sur une autre table pour la déplacer (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="376"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="377"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="378"/>
        <source>What the plan could not do</source>
        <translation>Ce que le plan n&apos;a pas pu faire</translation>
    </message>
</context>
<context>
    <name>PaperAnswersDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="222"/>
        <source>Evaluation answers from paper</source>
        <translation>Réponses d’évaluation sur papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="237"/>
        <source>Person who answered</source>
        <translation>Personne qui a répondu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="239"/>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="248"/>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="283"/>
        <source>Choose the person who filled in the form.</source>
        <translation>Choisissez la personne qui a rempli le formulaire.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="292"/>
        <source>Type evaluation answers</source>
        <translation>Saisir des réponses d’évaluation</translation>
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
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="236"/>
        <source>Check a paper ballot</source>
        <translation>Vérifier un bulletin papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="240"/>
        <source>Both entries agree.</source>
        <translation>Les deux saisies concordent.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="241"/>
        <source>The entries disagree: check this paper ballot.</source>
        <translation>Les saisies ne concordent pas&#xa0;: vérifiez ce bulletin papier.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="243"/>
        <source>Enter a paper ballot</source>
        <translation>Saisir un bulletin papier</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="247"/>
        <source>Counted (%n ballot(s) in this sitting).</source>
        <translation>
            <numerusform>Comptabilisé (%n bulletin pendant cette séance).</numerusform>
            <numerusform>Comptabilisé (%n bulletins pendant cette séance).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>the two entries differ</source>
        <translation>les deux saisies diffèrent</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>no second entry yet</source>
        <translation>pas encore de deuxième saisie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="271"/>
        <source>checked, but never entered</source>
        <translation>vérifié, mais jamais saisi</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Family name</source>
        <extracomment>called to edit a field: (participant id, field, new value) → whether the core accepted it</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Stakeholder type</source>
        <translation>Type d’acteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="119"/>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="159"/>
        <source>Edit a participant</source>
        <extracomment>How long each step of reading the search index&apos;s words takes while the window idles (a key waits at most that)</extracomment>
        <translation>Modifier un participant</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="201"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Supprimer %n participant</numerusform>
            <numerusform>Supprimer %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="211"/>
        <source>Merge two participants</source>
        <translation>Fusionner deux participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="217"/>
        <source>Keep the first</source>
        <translation>Conserver la première</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="218"/>
        <source>Keep the second</source>
        <translation>Conserver la seconde</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="362"/>
        <source>Review likely d&amp;uplicates (%n)…</source>
        <translation>
            <numerusform>Examiner les &amp;doublons probables (%n)…</numerusform>
            <numerusform>Examiner les &amp;doublons probables (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="363"/>
        <source>Review likely d&amp;uplicates…</source>
        <translation>Examiner les &amp;doublons probables…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="441"/>
        <source>Merge participants</source>
        <translation>Fusionner des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="246"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="212"/>
        <source>Merge these two records of one person? The one kept stays in the list; the other is removed from it, and its check-in, votes, ideas and P2P offers and seeks count for the one kept. Empty fields of the one kept are completed from the other; photo consent is never taken from it. Ctrl+Z undoes the merge.</source>
        <translation>Fusionner ces deux fiches d’une même personne&#x202f;? Celle qu’on garde reste dans la liste&#x202f;; l’autre en est retirée, et son arrivée, ses votes, ses idées et ses offres et demandes P2P comptent pour celle gardée. Les champs vides de celle gardée sont complétés par l’autre&#x202f;; le consentement photo n’en est jamais repris. Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="216"/>
        <source>First: %1
Second: %2</source>
        <translation>Premier&#xa0;: %1
Second&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="241"/>
        <source>Erase the personal data of %1 for good?

Their name, e-mail and organisation are removed from this event file and from every bundle merged later. Anonymous facts (country, role, attendance) are kept. This cannot be undone.</source>
        <translation>Effacer définitivement les données personnelles de %1&#xa0;?

Son nom, son e-mail et son organisation sont supprimés de ce fichier d&apos;événement et de tous les paquets fusionnés par la suite. Les informations anonymes (pays, rôle, présence) sont conservées. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="256"/>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="257"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="274"/>
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n participant exporté vers %1</numerusform>
            <numerusform>%n participants exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="276"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="317"/>
        <source>Gender not given</source>
        <translation>Genre non indiqué</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="319"/>
        <source>Stakeholder type not given</source>
        <translation>Type d’acteur non indiqué</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Not checked in yet</source>
        <translation>Pas encore arrivés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All genders</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>Arrived or not</source>
        <translation>Arrivés ou non</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>All stakeholder types</source>
        <translation>Tous les types d’acteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="350"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participant affiché</numerusform>
            <numerusform>%n participants affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="350"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="352"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participant inscrit</numerusform>
            <numerusform>%n participants inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="354"/>
        <source>%n erased (not counted)</source>
        <translation>
            <numerusform>%n effacé (non compté)</numerusform>
            <numerusform>%n effacés (non comptés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="366"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="369"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="367"/>
        <source>Search by name, organisation or e-mail (Ctrl+F)</source>
        <translation>Rechercher par nom, organisation ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="368"/>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by region</source>
        <translation>Filtrer par région</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="372"/>
        <source>Filter by gender</source>
        <translation>Filtrer par genre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="373"/>
        <source>Filter by stakeholder type</source>
        <translation>Filtrer par type d’acteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="374"/>
        <source>Filter by check-in</source>
        <translation>Filtrer par arrivée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>&amp;Import a list…</source>
        <translation>I&amp;mporter une liste…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>Add a &amp;walk-in…</source>
        <translation>&amp;Inscrire sur place…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Delete participants</source>
        <translation>&amp;Supprimer des participants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Merge two participants…</source>
        <translation>Fusio&amp;nner deux participants…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;rase personal data…</source>
        <translation>Effa&amp;cer les données personnelles…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="379"/>
        <source>Print &amp;badges…</source>
        <translation>Imprimer les &amp;badges…</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="366"/>
        <source>The room to phones stopped: %1</source>
        <translation>La salle pour les téléphones s’est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="378"/>
        <source>Participants vote, post ideas and find their table from their own phones, on this laptop&apos;s network: no internet needed. Pick the network the phones are on.</source>
        <translation>Les participants votent, publient des idées et trouvent leur table depuis leur propre téléphone, sur le réseau de cet ordinateur&#xa0;: pas besoin d’internet. Choisissez le réseau sur lequel sont les téléphones.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="382"/>
        <source>The room is open. Phones on the same network open this address, or scan the code:</source>
        <translation>La salle est ouverte. Les téléphones du même réseau ouvrent cette adresse ou scannent le code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="386"/>
        <source>Address of the room: %1</source>
        <translation>Adresse de la salle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="388"/>
        <source>QR code of the address %1</source>
        <translation>Code QR de l’adresse %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="390"/>
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="396"/>
        <source>Ballots cast: %1 of %2 eligible</source>
        <translation>Votes exprimés&#xa0;: %1 sur %2 votants</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="405"/>
        <source>%n idea(s) on the board of the open challenge</source>
        <translation>
            <numerusform>%n idée sur le tableau du défi ouvert</numerusform>
            <numerusform>%n idées sur le tableau du défi ouvert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="425"/>
        <source>The latest opened poll</source>
        <translation>Le dernier vote ouvert</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="427"/>
        <source>The open question with a countdown, else the last opened</source>
        <translation>La question ouverte avec un compte à rebours, sinon la dernière ouverte</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="429"/>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="459"/>
        <source>Nobody found</source>
        <translation>Aucune personne trouvée</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="463"/>
        <source>%1 (not checked in: may not vote yet)</source>
        <translation>%1 (pas encore arrivé&#xa0;: ne peut pas encore voter)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="476"/>
        <source>Phones in the room</source>
        <translation>Les téléphones dans la salle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="477"/>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="478"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="479"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="480"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="481"/>
        <source>&amp;Open the room to phones</source>
        <translation>&amp;Ouvrir la salle aux téléphones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="482"/>
        <source>Each person joins with the phone code printed on their badge; look it up below to read it out to them.</source>
        <translation>Chaque personne entre avec le code pour le téléphone imprimé sur son badge&#x202f;; cherchez-le ci-dessous pour le lui lire.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="484"/>
        <source>Phones joined</source>
        <translation>Téléphones connectés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="485"/>
        <source>Poll on p&amp;hones:</source>
        <translation>&amp;Vote sur les téléphones&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="486"/>
        <source>&amp;Ideas for:</source>
        <translation>&amp;Idées pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="487"/>
        <source>Poll on phones</source>
        <translation>Vote sur les téléphones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="488"/>
        <source>Question that phones send ideas to</source>
        <translation>Question à laquelle les téléphones envoient des idées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="489"/>
        <source>Show &amp;each person their table in the P2P round running now</source>
        <translation>Montrer à chacun sa &amp;table dans le tour P2P en cours</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="490"/>
        <source>Let each person answer the e&amp;valuation survey</source>
        <translation>Permettre à chacun de répondre au questionnaire d’é&amp;valuation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="491"/>
        <source>&amp;Look up a phone code:</source>
        <translation>&amp;Chercher un code pour le téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="492"/>
        <source>Name or e-mail</source>
        <translation>Nom ou adresse e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="493"/>
        <source>Look up a person&apos;s phone code</source>
        <translation>Chercher le code pour le téléphone d’une personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="495"/>
        <source>&amp;Sign this phone out</source>
        <translation>&amp;Déconnecter ce téléphone</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="496"/>
        <source>Show on the &amp;projector</source>
        <translation>Afficher sur le &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="497"/>
        <source>&amp;Close the room</source>
        <translation>&amp;Fermer la salle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="498"/>
        <source>Use the venue&apos;s WPA2 Wi-Fi or your own access points (a phone&apos;s hotspot holds about 20 phones). Tokens and phone codes protect the ballots; plain HTTP does not hide traffic from someone on the same open network.</source>
        <translation>Utilisez le Wi-Fi WPA2 du lieu ou vos propres points d’accès (le partage de connexion d’un téléphone accepte environ 20 téléphones). Les jetons et les codes pour le téléphone protègent les votes&#x202f;; le HTTP simple ne cache pas le trafic à qui est sur le même réseau ouvert.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="49"/>
        <source>Kiosk PIN</source>
        <translation>PIN de la borne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="57"/>
        <source>&amp;PIN (at least 4 digits)</source>
        <translation>&amp;PIN (au moins 4 chiffres)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="58"/>
        <source>&amp;Again</source>
        <translation>&amp;Confirmer le PIN</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="63"/>
        <source>The kiosk fills the screen and can be left only with this PIN.</source>
        <translation>La borne occupe tout l&apos;écran et ne peut être quittée qu&apos;avec ce PIN.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="71"/>
        <source>Use at least 4 digits.</source>
        <translation>Utilisez au moins 4 chiffres.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="73"/>
        <source>The two PINs differ.</source>
        <translation>Les deux PIN ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>PinLockedWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="122"/>
        <source>Too many wrong PINs: wait before trying again (%1 s).</source>
        <translation>Trop de codes PIN erronés&#xa0;: attendez avant de réessayer (%1 s).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="124"/>
        <location filename="../eulac_desktop/ui/kiosk.py" line="126"/>
        <source>Leave the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="127"/>
        <source>Facilitator&apos;s PIN:</source>
        <translation>Code PIN de l’animateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="49"/>
        <source>Plan the P2P rounds</source>
        <extracomment>likely-duplicate pairs listed above the rounds; more are counted, all in the tooltip</extracomment>
        <translation>Planifier les tours P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="58"/>
        <source>As many as needed</source>
        <translation>Autant que nécessaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="63"/>
        <source>Only people who &amp;checked in</source>
        <translation>Seulement les personnes a&amp;rrivées</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="73"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Tours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>Fewest at a table (&amp;min):</source>
        <translation>Minimum de personnes par table (&amp;min)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>Most at a table (ma&amp;x):</source>
        <translation>Maximum de personnes par table (ma&amp;x)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>&amp;Tables:</source>
        <translation>Ta&amp;bles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>Time to &amp;improve:</source>
        <translation>Temps pour &amp;améliorer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>First round &amp;starts:</source>
        <translation>Le premier tour &amp;commence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="78"/>
        <source>Each round &amp;lasts:</source>
        <translation>&amp;Durée de chaque tour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="163"/>
        <source>Edit the action plan</source>
        <translation>Modifier le plan d’action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="155"/>
        <source>New action plan</source>
        <translation>Nouveau plan d’action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Problem it answers</source>
        <translation>&amp;Problème auquel il répond</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>&amp;Lead</source>
        <translation>Pi&amp;lote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>Find a pa&amp;rtner</source>
        <translation>Chercher un pa&amp;rtenaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Jalons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>F&amp;unding</source>
        <translation>&amp;Financement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>St&amp;arts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Problem it answers</source>
        <translation>Problème auquel il répond</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Find a partner</source>
        <translation>Chercher un partenaire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="116"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="119"/>
        <source>One a line: 2027-03-01 Pilot in Piura</source>
        <translation>Un par ligne&#xa0;: 2027-03-01 Pilote à Piura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="120"/>
        <source>YYYY-MM-DD (default: the event&apos;s start)</source>
        <translation>AAAA-MM-JJ (par défaut&#xa0;: le début de l’événement)</translation>
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
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu pour être imprimé.</translation>
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
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="172"/>
        <source>Check that it is on and connected, or choose another printer; the PDF is saved.</source>
        <translation>Vérifiez qu’elle est allumée et connectée, ou choisissez une autre imprimante&#x202f;; le PDF est enregistré.</translation>
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
        <location filename="../eulac_desktop/ui/projector.py" line="98"/>
        <location filename="../eulac_desktop/ui/projector.py" line="99"/>
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
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="308"/>
        <source>Evaluation survey questions</source>
        <translation>Questions du questionnaire d’évaluation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="311"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="313"/>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="314"/>
        <source>A new question…</source>
        <translation>Une nouvelle question…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as a ra&amp;ting (1–5)</source>
        <translation>Ajouter en &amp;note (1–5)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as an &amp;open question</source>
        <translation>Ajouter en question &amp;libre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>open</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="349"/>
        <source>Edit the survey questions</source>
        <translation>Modifier les questions du questionnaire</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="77"/>
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
        <location filename="../eulac_desktop/ui/dashboard.py" line="35"/>
        <source>setup</source>
        <translation>préparation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="36"/>
        <source>result</source>
        <translation>résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="37"/>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="198"/>
        <source>This master file holds no event yet: import the events&apos; bundles first.</source>
        <translation>Ce fichier maître ne contient encore aucun événement&#xa0;: importez d&apos;abord les paquets des événements.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Which event?</source>
        <translation>Quel événement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="209"/>
        <source>Save the bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="210"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="275"/>
        <source>Bundles (*.zip)</source>
        <translation>Paquets (*.zip)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="220"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="221"/>
        <source>Wrote %1 (signed by %2, %3).</source>
        <translation>%1 écrit (signé par %2, %3).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>Save the outcome report</source>
        <translation>Enregistrer le rapport de résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="245"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="265"/>
        <source>Wrote %1.</source>
        <translation>Écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="242"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="189"/>
        <source>Change an action plan&apos;s status</source>
        <translation>Changer l&apos;état d&apos;un plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>outcome report</source>
        <translation>rapport de résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="254"/>
        <source>Folder for the data</source>
        <translation>Dossier pour les données</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="264"/>
        <source>Writing the data…</source>
        <translation>Écriture des données…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="274"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="383"/>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="285"/>
        <source>Checking the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="308"/>
        <source>Not imported: the device was not trusted.</source>
        <translation>Rien n&apos;a été importé&#xa0;: vous n&apos;avez pas fait confiance à l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="340"/>
        <source>Comparing with this event…</source>
        <translation>Comparaison avec cet événement…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="347"/>
        <source>A new event</source>
        <translation>Un nouvel événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="348"/>
        <source>This is the first setup bundle of the event “%1” this master file receives: it makes “%2” the event&apos;s coordinator here. Check with the coordinator that its fingerprint is %3, then trust it.</source>
        <translation>C&apos;est le premier paquet de préparation de l&apos;événement «&#xa0;%1&#xa0;» que reçoit ce fichier maître&#xa0;: il fait de «&#xa0;%2&#xa0;» la coordination de l&apos;événement ici. Vérifiez auprès de la coordination que son empreinte est %3, puis faites-lui confiance.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="353"/>
        <source>A new device</source>
        <translation>Un nouvel appareil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="354"/>
        <source>This bundle comes from “%1”, a device not trusted yet. Check with its owner that its fingerprint is %2, then trust it.</source>
        <translation>Ce paquet provient de «&#xa0;%1&#xa0;», un appareil auquel vous ne faites pas encore confiance. Vérifiez auprès de son propriétaire que son empreinte est %2, puis faites-lui confiance.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="357"/>
        <source>&amp;Trust this device</source>
        <translation>&amp;Faire confiance à cet appareil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="414"/>
        <source>I&amp;mport a bundle…</source>
        <translation>I&amp;mporter un paquet…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="296"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="317"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="336"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="373"/>
        <source>Not imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="302"/>
        <source>Not imported: the device&apos;s new key was not accepted.</source>
        <translation>Non importé&#xa0;: la nouvelle clé de l&apos;appareil n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="383"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="387"/>
        <source>Imported: %n row(s) added or updated.</source>
        <translation>
            <numerusform>Importation terminée&#xa0;: %n ligne ajoutée ou mise à jour.</numerusform>
            <numerusform>Importation terminée&#xa0;: %n lignes ajoutées ou mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="399"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="402"/>
        <source>This master file holds the events of a programme. Import each event&apos;s setup bundle and each laptop&apos;s result bundle: the tabs below show what arrived, from which device, and attendance and results across events. Reports and data are made for one event at a time.</source>
        <translation>Ce fichier maître réunit les événements d&apos;un programme. Importez le paquet de préparation de chaque événement et le paquet de résultats de chaque ordinateur&#xa0;: les onglets ci-dessous montrent ce qui est arrivé, depuis quel appareil, ainsi que la présence et les résultats de l&apos;ensemble des événements. Les rapports et les données se font pour un événement à la fois.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="407"/>
        <source>A setup bundle carries this event (and its secrets) to the other laptops; each laptop sends back a result bundle; the coordinator imports them all. An anonymised bundle holds no personal data. Every bundle is signed by the device that made it.</source>
        <translation>Un paquet de préparation emporte cet événement (et ses secrets) vers les autres ordinateurs&#xa0;; chaque ordinateur renvoie un paquet de résultats&#xa0;; la coordination les importe tous. Un paquet anonymisé ne contient aucune donnée personnelle. Chaque paquet est signé par l&apos;appareil qui l&apos;a créé.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;setup bundle…</source>
        <translation>Exporter un paquet de prépara&amp;tion…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;result bundle…</source>
        <translation>Exporter un paquet de &amp;résultats…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="411"/>
        <source>Export an &amp;anonymised bundle…</source>
        <translation>Exporter un paquet a&amp;nonymisé…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="415"/>
        <source>Ou&amp;tcome report (PDF)…</source>
        <translation>Rapp&amp;ort de résultats (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="416"/>
        <source>All the &amp;data (XLSX)…</source>
        <translation>Toutes les données (&amp;XLSX)…</translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="388"/>
        <source>Laptops of the room</source>
        <translation>Ordinateurs de la salle</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="419"/>
        <source>Room: %n other laptop(s)</source>
        <translation>
            <numerusform>Salle&#xa0;: %n autre ordinateur</numerusform>
            <numerusform>Salle&#xa0;: %n autres ordinateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="421"/>
        <source>last delta %1</source>
        <translation>dernier delta %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="424"/>
        <source>checked in on two laptops: %1</source>
        <translation>enregistrés sur deux ordinateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="426"/>
        <source>double votes: %1</source>
        <translation>votes doubles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="428"/>
        <source>sync stopped: %1</source>
        <translation>synchronisation arrêtée&#xa0;: %1</translation>
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
        <translation>Enregistré sous «&#xa0;%1&#xa0;» dans le dossier&#xa0;:</translation>
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
        <translation>Cet ordinateur n’a pas pu ouvrir «&#xa0;%1&#xa0;»&#xa0;: aucun programme pour les fichiers PDF n’est installé. Utilisez «&#xa0;Imprimer…&#xa0;» ou copiez le fichier sur un ordinateur avec un lecteur PDF.</translation>
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
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="43"/>
        <source>Set up this laptop</source>
        <translation>Préparer cet ordinateur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="45"/>
        <source>This setup bundle is signed by the device of a coordinator this laptop does not trust yet. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle); the event&apos;s details are read once you trust it.</source>
        <translation>Ce paquet de préparation est signé par l&apos;appareil d&apos;une coordination à laquelle cet ordinateur ne fait pas encore confiance. Vérifiez avec la coordination que l&apos;appareil et son empreinte sont ceux affichés sur son écran (Aide › À propos d&apos;eulac-desktop, ou le message affiché après l&apos;export du paquet)&#xa0;; les détails de l&apos;événement sont lus une fois que vous lui faites confiance.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="49"/>
        <source>This setup bundle holds the event below, signed by the coordinator&apos;s device. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle).</source>
        <translation>Ce paquet de préparation contient l&apos;événement ci-dessous, signé par l&apos;appareil de la coordination. Vérifiez avec la coordination que l&apos;appareil et son empreinte sont ceux affichés sur son écran (Aide › À propos d&apos;eulac-desktop, ou le message affiché après l&apos;export du paquet).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="58"/>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="59"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="60"/>
        <source>Venue:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="61"/>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="62"/>
        <source>Coordinator&apos;s device:</source>
        <translation>Appareil de la coordination&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="63"/>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>Bundle made:</source>
        <translation>Paquet créé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="86"/>
        <source>Warning: this laptop knows the device “%1” with another key. The bundle may be forged: go on only if the coordinator confirms this fingerprint.</source>
        <translation>Attention&#xa0;: cet ordinateur connaît l&apos;appareil «&#xa0;%1&#xa0;» avec une autre clé. Le paquet est peut-être falsifié&#xa0;: continuez seulement si la coordination confirme cette empreinte.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="91"/>
        <source>This laptop already trusts this coordinator.</source>
        <translation>Cet ordinateur fait déjà confiance à cette coordination.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Set up the event</source>
        <translation>&amp;Préparer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Trust this coordinator</source>
        <translation>&amp;Faire confiance à cette coordination</translation>
    </message>
</context>
<context>
    <name>SurveyKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="83"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="167"/>
        <source>Answer the survey</source>
        <translation>Répondre à l&apos;enquête</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="209"/>
        <source>Wrong PIN</source>
        <translation>Code PIN incorrect</translation>
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
    <name>TopicsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="144"/>
        <source>P2P topics</source>
        <translation>Thèmes P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="149"/>
        <source>Topics and their labels</source>
        <translation>Thèmes et leurs libellés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="192"/>
        <source>&amp;Import a list…</source>
        <translation>I&amp;mporter une liste…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="193"/>
        <source>&amp;Add a topic…</source>
        <translation>&amp;Ajouter un thème…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="194"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="223"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="258"/>
        <source>Import a topics list</source>
        <translation>Importer une liste de thèmes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="195"/>
        <source>Add a topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="196"/>
        <source>A topic has a code (as people&apos;s offers and seeks name it) and a label in each of the event&apos;s languages. Double-click a label, or press F2, to rename or translate it; Ctrl+Z undoes.</source>
        <translation>Un thème a un code (tel que les offres et demandes des personnes le nomment) et un libellé dans chaque langue de l&apos;événement. Double-cliquez sur un libellé, ou appuyez sur F2, pour le renommer ou le traduire&#x202f;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="199"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="200"/>
        <source>Offers and seeks that name no topic</source>
        <translation>Offres et demandes qui ne nomment aucun thème</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="224"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="242"/>
        <source>Import topics</source>
        <translation>Importer des thèmes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="246"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="250"/>
        <source>Offers and seeks that name no topic:</source>
        <translation>Offres et demandes qui ne nomment aucun thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="251"/>
        <source>Topics imported</source>
        <translation>Thèmes importés</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="259"/>
        <source>The encoding is not certain. Which way are the labels written correctly?</source>
        <translation>L&apos;encodage n&apos;est pas certain. Dans quelle version les libellés sont-ils écrits correctement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, offered by %2</source>
        <translation>%1, proposé par %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, sought by %2</source>
        <translation>%1, recherché par %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="272"/>
        <source>did you mean %1?</source>
        <translation>vouliez-vous dire %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="73"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="82"/>
        <source>Double-click or press F2 to rename or translate</source>
        <translation>Double-clic ou F2 pour renommer ou traduire</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="99"/>
        <source>Rename a topic</source>
        <translation>Renommer un thème</translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="75"/>
        <source>The bundle&apos;s clock is ahead</source>
        <translation>L&apos;horloge du paquet est en avance</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="77"/>
        <source>Its changes would win over those made here until this computer&apos;s clock catches up. Import it anyway only if you know why that device&apos;s clock is ahead.</source>
        <translation>Ses modifications l&apos;emporteraient sur celles faites ici jusqu&apos;à ce que l&apos;horloge de cet ordinateur la rattrape. Ne l&apos;importez quand même que si vous savez pourquoi l&apos;horloge de cet appareil est en avance.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="80"/>
        <source>Import &amp;anyway</source>
        <translation>Importer &amp;quand même</translation>
    </message>
</context>
<context>
    <name>VotingKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="204"/>
        <source>Cast a ballot</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="243"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrect</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="190"/>
        <source>No poll yet: make one (Ctrl+Alt+N), or turn a challenge&apos;s clusters into one on the Ideas page.</source>
        <translation>Pas encore de vote&#xa0;: créez-en un (Ctrl+Alt+N) ou transformez les groupes d&apos;un défi en vote dans la page Idées.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="196"/>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="197"/>
        <source>Reope&amp;n poll</source>
        <translation>R&amp;ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="199"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="200"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="373"/>
        <source>Ope&amp;n poll</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Secret ballot.</source>
        <translation>Vote à bulletin secret.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Named ballot: who voted what is stored.</source>
        <translation>Vote nominatif&#xa0;: le choix de chaque votant est enregistré.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="224"/>
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Open a poll</source>
        <translation>Ouvrir un vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Close a poll</source>
        <translation>Clôturer un vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="258"/>
        <source>Paper ballots</source>
        <translation>Bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <source>How many ballots?</source>
        <translation>Combien de bulletins&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="259"/>
        <source>First serial number (1, or after those printed before):</source>
        <translation>Premier numéro de série (1, ou la suite de ceux déjà imprimés)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="263"/>
        <source>ballots</source>
        <translation>bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Save the paper ballots</source>
        <translation>Enregistrer les bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Making the paper ballots…</source>
        <translation>Création des bulletins papier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="302"/>
        <source>Void a ballot</source>
        <translation>Annuler un bulletin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <source>Ballot (in no order: a secret poll keeps no order of casting):</source>
        <translation>Bulletin (sans ordre&#xa0;: un scrutin secret ne garde pas l&apos;ordre des votes)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="294"/>
        <source>Ballot (latest first):</source>
        <translation>Bulletin (le plus récent en premier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <source>Reason (recorded):</source>
        <translation>Motif (enregistré)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="345"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="346"/>
        <source>this poll has no result yet: an action plan is made from its top option once people have voted</source>
        <translation>ce vote n’a pas encore de résultat&#xa0;: le plan d’action se fait à partir de l’option en tête une fois que les gens ont voté</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="357"/>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Poll</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Voted</source>
        <translation>Votants</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="359"/>
        <source>Polls</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="360"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;New poll…</source>
        <translation>&amp;Nouveau vote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;Close</source>
        <translation>&amp;Clôturer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>Voting &amp;kiosk…</source>
        <translation>&amp;Borne de vote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>&amp;Print paper ballots…</source>
        <translation>&amp;Imprimer des bulletins papier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>&amp;Enter paper ballots…</source>
        <translation>&amp;Saisir des bulletins papier…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>Results on the p&amp;rojector</source>
        <translation>Résultats sur le &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="364"/>
        <source>&amp;Void a ballot…</source>
        <translation>&amp;Annuler un bulletin…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>Action plan from the &amp;top option…</source>
        <translation>Plan d’action à partir de l’option en &amp;tête…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>&amp;Action plans…</source>
        <translation>P&amp;lans d’action…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="366"/>
        <source>Eval&amp;uation survey kiosk…</source>
        <translation>Borne d’é&amp;valuation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="367"/>
        <source>Type evaluation an&amp;swers from paper…</source>
        <translation>Évaluations papier (saisie &amp;manuelle)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="368"/>
        <source>Evaluation survey &amp;questions…</source>
        <translation>&amp;Questions de l’évaluation…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="373"/>
        <source>Ne&amp;w poll</source>
        <translation>&amp;Nouveau vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>&amp;Close poll</source>
        <translation>&amp;Clôturer le vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>Voting &amp;kiosk</source>
        <translation>&amp;Borne de vote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="375"/>
        <source>Prin&amp;t paper ballots</source>
        <translation>Impri&amp;mer des bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="376"/>
        <source>Enter p&amp;aper ballots</source>
        <translation>&amp;Saisir des bulletins papier</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="377"/>
        <source>&amp;Results on the projector</source>
        <translation>Résultats sur le p&amp;rojecteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="378"/>
        <source>Voi&amp;d a ballot</source>
        <translation>Annu&amp;ler un bulletin</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="43"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="162"/>
        <source>Add a walk-in</source>
        <translation>Inscrire sur place</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="46"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="66"/>
        <source>e.g. es; en</source>
        <translation>p.&#xa0;ex. fr&#x202f;; es</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="68"/>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="69"/>
        <source>&amp;Family name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="71"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="72"/>
        <source>&amp;Country</source>
        <translation>P&amp;ays</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="73"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="74"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="77"/>
        <source>Offers (P2P topics this person can share)</source>
        <translation>Offre (thèmes P2P que cette personne peut partager)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="78"/>
        <source>Seeks (P2P topics this person wants to learn about)</source>
        <translation>Cherche (thèmes P2P sur lesquels elle veut apprendre)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="80"/>
        <source>Offer&amp;s</source>
        <translation>Offre&amp;s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="81"/>
        <source>See&amp;ks</source>
        <translation>Cherc&amp;he</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="82"/>
        <source>Space ticks a topic; Tab goes on.</source>
        <translation>Espace coche un thème&#x202f;; Tab passe au champ suivant.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="86"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="95"/>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="90"/>
        <source>In the person&apos;s own words</source>
        <translation>Avec les mots de la personne</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="91"/>
        <source>Gender, self-described</source>
        <translation>Genre, autodéfini</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="101"/>
        <source>Gen&amp;der</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="104"/>
        <source>S&amp;takeholder type</source>
        <translation>&amp;Type d’acteur</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="114"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="115"/>
        <source>Add, then a&amp;nother</source>
        <translation>Ajouter et &amp;continuer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="116"/>
        <source>Add and &amp;print the badge</source>
        <translation>Ajouter et imprimer le &amp;badge</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>very close name</source>
        <translation>nom très proche</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="157"/>
        <source>Already registered?</source>
        <translation>Déjà inscrit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="184"/>
        <source>Added %1.</source>
        <translation>Ajouté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="71"/>
        <source>Camera</source>
        <extracomment>Where the green byte of a pixel is in the frame formats a camera gives (4 bytes a pixel): green is what zxing reads as the grey of a black-on-white badge, with no conversion of the frame (which took 4 times the decoding).</extracomment>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="106"/>
        <source>No camera found. Plug one in, or use the USB scanner.</source>
        <translation>Aucune caméra trouvée. Branchez-en une ou utilisez le lecteur USB.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="135"/>
        <source>The camera stopped: %1. Check that it is plugged in and not used by another program.</source>
        <translation>La caméra s&apos;est arrêtée&#xa0;: %1. Vérifiez qu&apos;elle est branchée et qu&apos;aucun autre programme ne l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
        <source>Stop the camera</source>
        <translation>Éteindre la caméra</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
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
        <translation>Un deuxième ordinateur pour le même événement&#xa0;: utilisez le paquet de préparation exporté par la coordination (Résultats › Exporter un paquet de préparation…)</translation>
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
