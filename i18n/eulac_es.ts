<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="172"/>
        <source>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;This device: %5&lt;br&gt;Settings and keys: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Gestiona eventos participativos — inscripción, acreditación, ideas, votación, aprendizaje P2P — sin conexión.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fuentes: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Este dispositivo: %5&lt;br&gt;Configuración y claves: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="183"/>
        <source>The log, to send with a problem report: %1</source>
        <translation>El registro, para enviarlo con un informe de problema: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="185"/>
        <source>About eulac-desktop</source>
        <translation>Acerca de eulac-desktop</translation>
    </message>
</context>
<context>
    <name>ActionPlansDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="177"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="191"/>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Lead</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Flagged</source>
        <translation>Señalado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="198"/>
        <source>Show on the &amp;projector</source>
        <translation>Mostrar en el &amp;proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="257"/>
        <source>Delete the action plan</source>
        <translation>Eliminar el plan de acción</translation>
    </message>
</context>
<context>
    <name>AddTopicDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="110"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="133"/>
        <source>Add a topic</source>
        <translation>Añadir un tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="113"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="114"/>
        <source>e.g. CLIMATE</source>
        <translation>p. ej. CLIMA</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="116"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="120"/>
        <source>Label in %1</source>
        <translation>Etiqueta en %1</translation>
    </message>
</context>
<context>
    <name>Ago</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="72"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="75"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="77"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="78"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="55"/>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="61"/>
        <source>&amp;Layout</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="63"/>
        <source>Make the PDF…</source>
        <translation>Crear el PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/badge_print.py" line="67"/>
        <source>%n badge(s) will be made as a PDF: choose where to save it, then print it.</source>
        <translation>
            <numerusform>Se creará %n credencial en un PDF: elija dónde guardarlo y luego imprímalo.</numerusform>
            <numerusform>Se crearán %n credenciales en un PDF: elija dónde guardarlo y luego imprímalo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="74"/>
        <source>Names that cannot be printed whole</source>
        <extracomment>who cannot have their name printed whole (empty, and hidden, when everyone can)</extracomment>
        <translation>Nombres que no se pueden imprimir completos</translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="33"/>
        <source>(%1 more)</source>
        <translation>(%1 más)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="34"/>
        <source>These names cannot be printed whole: no font has some of their letters, so “?” stands in their place on the badge:</source>
        <translation>Estos nombres no se pueden imprimir completos: ninguna fuente tiene algunas de sus letras, y en la credencial aparece «?» en su lugar:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="41"/>
        <source>A4, 8 badges per sheet (with cut marks)</source>
        <translation>A4, 8 credenciales por hoja (con marcas de corte)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="42"/>
        <source>A4, 4 A6 badges per sheet (fold and cut)</source>
        <translation>A4, 4 credenciales A6 por hoja (doblar y cortar)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="43"/>
        <source>A6, one badge per page</source>
        <translation>A6, una credencial por página</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="44"/>
        <source>US Letter, 6 badges per sheet (4 × 3 in)</source>
        <translation>Carta (EE. UU.), 6 credenciales por hoja (4 × 3 in)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="45"/>
        <source>Label roll, 62 mm wide (Brother QL and similar)</source>
        <translation>Rollo de etiquetas de 62 mm (Brother QL y similares)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="46"/>
        <source>Labels, 4 × 3 in</source>
        <translation>Etiquetas de 4 × 3 in</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="93"/>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="99"/>
        <source>badge</source>
        <translation>credencial</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="101"/>
        <source>badges</source>
        <translation>credenciales</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="102"/>
        <source>Save the badges</source>
        <translation>Guardar las credenciales</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="103"/>
        <source>Making badges…</source>
        <translation>Generando las credenciales…</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="64"/>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="186"/>
        <source>Round %1: find your table</source>
        <translation>Ronda %1: busque su mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="189"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="216"/>
        <source>Round %1: tables and topics</source>
        <translation>Ronda %1: mesas y temas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="267"/>
        <source>Join from your phone</source>
        <translation>Entre desde su móvil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="272"/>
        <source>Scan the code or type the address, then enter the phone code printed on your badge.</source>
        <translation>Escanee el código o escriba la dirección y luego introduzca el código para el móvil impreso en su credencial.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="278"/>
        <source>%1 of %2 have voted</source>
        <translation>Han votado %1 de %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="300"/>
        <source>Roadmap: our action plans</source>
        <translation>Hoja de ruta: nuestros planes de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="303"/>
        <source>No action plans yet.</source>
        <translation>Aún no hay planes de acción.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="320"/>
        <source>and %n more plan(s)</source>
        <translation>
            <numerusform>y %n plan más</numerusform>
            <numerusform>y %n planes más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="333"/>
        <source>Welcome!</source>
        <translation>¡Les damos la bienvenida!</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="335"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participante inscrito</numerusform>
            <numerusform>%n participantes inscritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="337"/>
        <source>%1 of %2 participants have arrived</source>
        <translation>Han llegado %1 de %2 participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="358"/>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="363"/>
        <source>%n idea(s) so far</source>
        <translation>
            <numerusform>%n idea hasta ahora</numerusform>
            <numerusform>%n ideas hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="378"/>
        <source>%n idea(s) not yet in a cluster</source>
        <translation>
            <numerusform>%n idea aún sin grupo</numerusform>
            <numerusform>%n ideas aún sin grupo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="381"/>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="410"/>
        <source>No clusters yet</source>
        <translation>Aún no hay grupos</translation>
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
        <translation>%1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>CertificatesBox</name>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="94"/>
        <source>No signature</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="102"/>
        <source>Edit the organiser who signs</source>
        <translation>Editar quién firma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="109"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="167"/>
        <source>Choose the signature image</source>
        <translation>Elegir la imagen de la firma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="111"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <source>Set the signature image</source>
        <translation>Poner la imagen de la firma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="169"/>
        <source>Remove the signature image</source>
        <translation>Quitar la imagen de la firma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="139"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="140"/>
        <source>nobody gets one yet: certificates are for people who checked in (and attended enough sessions and hours)</source>
        <translation>nadie recibe uno todavía: los certificados son para quienes se acreditaron (y asistieron a suficientes sesiones y horas)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="142"/>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Save the certificates</source>
        <translation>Guardar los certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Making certificates…</source>
        <translation>Generando certificados…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="162"/>
        <source>O&amp;rganiser (signs)</source>
        <translation>Or&amp;ganización (firma)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="163"/>
        <source>Name printed under the signature on the certificates</source>
        <translation>Nombre impreso bajo la firma en los certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="164"/>
        <source>Organiser who signs the certificates</source>
        <translation>Quién firma los certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="165"/>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="166"/>
        <source>Choose an image…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="168"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="170"/>
        <source>Signature image</source>
        <translation>Imagen de la firma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="171"/>
        <source>&amp;Certificates</source>
        <translation>Certifica&amp;dos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="172"/>
        <source>at least </source>
        <translation>al menos </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/certificates.py" line="183"/>
        <source> session(s)</source>
        <translation>
            <numerusform> sesión</numerusform>
            <numerusform> sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="173"/>
        <source>Only people who attended at least this many sessions</source>
        <translation>Solo quienes asistieron al menos a este número de sesiones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="174"/>
        <source>and </source>
        <translation>y </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/certificates.py" line="184"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> hora</numerusform>
            <numerusform> horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="175"/>
        <source>Only people who attended at least this many hours</source>
        <translation>Solo quienes asistieron al menos estas horas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="176"/>
        <source>Make attendance certificates…</source>
        <translation>Generar certificados de asistencia…</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>New challenge</source>
        <translation>Nuevo desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="36"/>
        <source>How might we…?</source>
        <translation>¿Cómo podríamos…?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="43"/>
        <source>No countdown</source>
        <translation>Sin cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="44"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="46"/>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Time box:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="107"/>
        <source>Check in at</source>
        <translation>Acreditar en</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="109"/>
        <source>Desk 1</source>
        <translation>Mesa 1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="113"/>
        <source>Badge code</source>
        <translation>Código de la credencial</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in</source>
        <translation>Acreditar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in %1</source>
        <translation>Acreditar a %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="213"/>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="297"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="223"/>
        <source>Welcome!</source>
        <translation>¡Le damos la bienvenida!</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="225"/>
        <source>At %1, %2</source>
        <translation>A las %1, %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="227"/>
        <source>Already checked in</source>
        <translation>Acreditación ya registrada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="229"/>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="313"/>
        <source>Checked in: %1 of %2</source>
        <translation>Acreditados: %1 de %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="323"/>
        <source>In this session: %1</source>
        <translation>En esta sesión: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="328"/>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="335"/>
        <source>The event&apos;s entrance</source>
        <translation>La entrada del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="353"/>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="354"/>
        <source>Check in &amp;at</source>
        <translation>Acreditar e&amp;n</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="355"/>
        <source>&amp;Desk</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="356"/>
        <source>&amp;Badge</source>
        <translation>&amp;Credencial</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="357"/>
        <source>Scan a badge (the scanner works wherever the cursor is)</source>
        <translation>Escanee una credencial (el lector funciona esté donde esté el cursor)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="358"/>
        <source>Forgot their badge? Find them by &amp;name (Ctrl+L):</source>
        <translation>¿La persona olvidó su credencial? &amp;Búsquela por nombre (Ctrl+L):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="360"/>
        <source>&amp;Check in</source>
        <translation>Acre&amp;ditar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="359"/>
        <source>Name, organisation or e-mail</source>
        <translation>Nombre, organización o correo electrónico</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="361"/>
        <source>Find a participant to check in</source>
        <translation>Buscar un participante para acreditarlo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="362"/>
        <source>Start the &amp;kiosk…</source>
        <translation>Iniciar el &amp;quiosco…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="363"/>
        <source>&amp;Sound</source>
        <translation>&amp;Sonido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="364"/>
        <source>&amp;Webcam</source>
        <translation>Cámara &amp;web</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="365"/>
        <source>Sessions and attendance &amp;lists…</source>
        <translation>Sesiones y &amp;listas de asistencia…</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="23"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="26"/>
        <source>Type a command…</source>
        <translation>Escriba un comando…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="27"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="36"/>
        <source>Matching commands</source>
        <translation>Comandos que coinciden</translation>
    </message>
</context>
<context>
    <name>ConnectLaptopsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="121"/>
        <source>Connect laptops</source>
        <translation>Conectar portátiles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="123"/>
        <source>The laptops of this event keep in step through a shared folder: each writes what it records there and takes in what the others wrote, within seconds. Syncthing copies the folder between the laptops over the venue network, with no internet and no server; any other shared folder works too.</source>
        <translation>Los portátiles de este evento se mantienen al día mediante una carpeta compartida: cada uno escribe en ella lo que registra y recoge lo que escribieron los demás, en segundos. Syncthing copia la carpeta entre los portátiles por la red del lugar, sin internet ni servidor; cualquier otra carpeta compartida también sirve.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="128"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="131"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="316"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="132"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="133"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="263"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="319"/>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="139"/>
        <source>This laptop in Syncthing</source>
        <translation>Este portátil en Syncthing</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="140"/>
        <source>Looking for Syncthing…</source>
        <translation>Buscando Syncthing…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="145"/>
        <source>This laptop&apos;s device id</source>
        <translation>Id de dispositivo de este portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="146"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="147"/>
        <source>Copy this laptop&apos;s device id</source>
        <translation>Copiar el id de dispositivo de este portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="151"/>
        <source>QR code of this laptop&apos;s device id</source>
        <translation>Código QR del id de dispositivo de este portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="153"/>
        <source>Type or paste the other laptop&apos;s device id</source>
        <translation>Escriba o pegue el id de dispositivo del otro portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="154"/>
        <source>Device id of a laptop to add</source>
        <translation>Id de dispositivo de un portátil que añadir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="156"/>
        <source>&amp;Add laptop</source>
        <translation>&amp;Añadir portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="157"/>
        <source>Add the laptop with this device id</source>
        <translation>Añadir el portátil con este id de dispositivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="159"/>
        <source>Sca&amp;n its code…</source>
        <translation>Esca&amp;near su código…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="160"/>
        <source>Scan the other laptop&apos;s QR code with the webcam</source>
        <translation>Escanear con la cámara web el código QR del otro portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="173"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="177"/>
        <source>Laptops of the room</source>
        <translation>Portátiles de la sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Last delta received</source>
        <translation>Último delta recibido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="176"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="186"/>
        <source>&amp;Trust the selected laptop…</source>
        <translation>&amp;Confiar en el portátil elegido…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="187"/>
        <source>Trust the selected laptop</source>
        <translation>Confiar en el portátil elegido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="190"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="191"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="235"/>
        <source>Syncthing is not installed on this laptop.</source>
        <translation>Syncthing no está instalado en este portátil.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="247"/>
        <source>Show this id to the other laptops (or let them scan the code), and add theirs below.</source>
        <translation>Muestre este id a los otros portátiles (o deje que escaneen el código) y añada los suyos abajo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="286"/>
        <source>Scan the other laptop&apos;s code</source>
        <translation>Escanear el código del otro portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="288"/>
        <source>Hold the other laptop&apos;s screen, showing its code, up to the camera.</source>
        <translation>Ponga delante de la cámara la pantalla del otro portátil con su código.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="312"/>
        <source>(none yet)</source>
        <translation>(ninguna todavía)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="339"/>
        <source>%1 (no longer trusted)</source>
        <translation>%1 (ya no es de confianza)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="341"/>
        <source>%1 (not trusted yet: %2)</source>
        <translation>%1 (aún no es de confianza: %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="342"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="364"/>
        <source>Trust this laptop?</source>
        <translation>¿Confiar en este portátil?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="365"/>
        <source>Trust “%1” only if its screen shows the same fingerprint:

%2

(eulac device show, or About on that laptop.)</source>
        <translation>Confíe en «%1» solo si su pantalla muestra la misma huella:

%2

(eulac device show, o Acerca de en ese portátil.)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="142"/>
        <source>This file has been removed from the recent events.</source>
        <translation>Este archivo se ha quitado de los eventos recientes.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="198"/>
        <source>Open an event</source>
        <translation>Abrir un evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="199"/>
        <source>Event files (*.eulac);;Setup bundles (*.zip);;All files (*)</source>
        <translation>Archivos de evento (*.eulac);;Paquetes de configuración (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="207"/>
        <source>Event file not found</source>
        <translation>No se encuentra el archivo del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="208"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation>“%1” ya no está ahí: puede que se haya movido, cambiado de nombre o eliminado.

¿Quitarlo de los eventos recientes?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>New master file</source>
        <translation>Nuevo archivo maestro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>Programme name:</source>
        <translation>Nombre del programa:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="254"/>
        <source>Save the master file</source>
        <translation>Guardar el archivo maestro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="255"/>
        <source>Event files (*.eulac)</source>
        <translation>Archivos de evento (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="277"/>
        <source>Preparing the demo event…</source>
        <translation>Preparando el evento de demostración…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="20"/>
        <source>It happened during “%1”.</source>
        <translation>Ocurrió durante «%1».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="26"/>
        <source>It happened on the %1 page.</source>
        <translation>Ocurrió en la página %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="28"/>
        <source>It happened in “%1”.</source>
        <translation>Ocurrió en «%1».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="44"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong that the app did not expect.</source>
        <translation>Algo salió mal de una forma que la aplicación no esperaba.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="52"/>
        <source>Your data is safe: every change is saved as it is made. You can carry on; if it happens again, close the event and open it again.</source>
        <translation>Sus datos están a salvo: cada cambio se guarda en el momento en que se hace. Puede seguir trabajando; si vuelve a ocurrir, cierre el evento y ábralo de nuevo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="57"/>
        <source>The details are in the log file: %1</source>
        <translation>Los detalles están en el archivo de registro: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="59"/>
        <source>The details could not be written to the log file (%1). Copy them with “Copy details” to send with your report: they are below.</source>
        <translation>Los detalles no se pudieron escribir en el archivo de registro (%1). Cópielos con «Copiar los detalles» para enviarlos con su informe: están aquí debajo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="62"/>
        <source>This computer keeps no log file. Copy the details with “Copy details” to send with your report: they are below.</source>
        <translation>Este equipo no guarda ningún archivo de registro. Copie los detalles con «Copiar los detalles» para enviarlos con su informe: están aquí debajo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="70"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="75"/>
        <source>&amp;Open the log folder</source>
        <translation>&amp;Abrir la carpeta del registro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="94"/>
        <source>This has happened %n time(s).</source>
        <translation>
            <numerusform>Esto ha ocurrido %n vez.</numerusform>
            <numerusform>Esto ha ocurrido %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="96"/>
        <source>%n other error(s) happened meanwhile (they are in the log too).</source>
        <translation>
            <numerusform>Mientras tanto ocurrió %n error más (también está en el registro).</numerusform>
            <numerusform>Mientras tanto ocurrieron %n errores más (también están en el registro).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="116"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Region</source>
        <extracomment>(plan id, status): move the plan chosen in the roadmap to this status</extracomment>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="166"/>
        <source>fewer than 5</source>
        <translation>menos de 5</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="201"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="210"/>
        <source>Events (%1)</source>
        <translation>Eventos (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="211"/>
        <source>Devices (%1)</source>
        <translation>Dispositivos (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="212"/>
        <source>Bundles received (%1)</source>
        <translation>Paquetes recibidos (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="213"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="213"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="254"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="214"/>
        <source>Double check-ins (%1)</source>
        <translation>Acreditaciones dobles (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="215"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="255"/>
        <source>KPIs by gender and stakeholder</source>
        <translation>Indicadores por género y tipo de actor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="216"/>
        <source>Roadmap (%1)</source>
        <translation>Hoja de ruta (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="233"/>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="227"/>
        <source>Checked in</source>
        <translation>Acreditados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="221"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Ballots</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="221"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="223"/>
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="223"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="252"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>Rows changed</source>
        <translation>Filas modificadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>By</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Poll</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>Eligible</source>
        <translation>Con derecho a voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>First</source>
        <translation>Primer puesto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Counted</source>
        <translation>Acreditación válida</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="231"/>
        <source>Also checked in (superseded)</source>
        <translation>También acreditada (reemplazada)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Stakeholder type</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="233"/>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="244"/>
        <source>S&amp;tatus of the chosen plan</source>
        <translation>Es&amp;tado del plan elegido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="245"/>
        <source>Status of the chosen plan</source>
        <translation>Estado del plan elegido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="246"/>
        <source>Set the status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="247"/>
        <source>A later event&apos;s news: move the chosen plan to planned, started or done</source>
        <translation>Novedades de un evento posterior: pasar el plan elegido a previsto, en curso o hecho</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="248"/>
        <source>Registered and attended across the events, by gender, region and stakeholder type; groups of 1 to 4 people are shown as “fewer than 5”.</source>
        <translation>Inscritos y asistentes en todos los eventos, por género, región y tipo de actor; los grupos de 1 a 4 personas se muestran como «menos de 5».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="250"/>
        <source>People checked in on more than one laptop: the earliest check-in counts, the others are kept as superseded.</source>
        <translation>Personas acreditadas en más de un equipo: cuenta la acreditación más temprana; las demás se conservan como reemplazadas.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="252"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Bundles received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="254"/>
        <source>Double check-ins</source>
        <translation>Acreditaciones dobles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="256"/>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
</context>
<context>
    <name>DeviceNameDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="91"/>
        <source>Name this laptop</source>
        <translation>Ponga nombre a este portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="92"/>
        <source>Give this laptop a name that people in the room will recognise, such as “Desk 2” or “Registration”. It is shown wherever this laptop&apos;s bundles arrive.</source>
        <translation>Dé a este portátil un nombre que las personas de la sala reconozcan, como «Mesa 2» o «Acreditación». Se muestra dondequiera que lleguen los paquetes de este portátil.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="98"/>
        <source>Laptop name</source>
        <translation>Nombre del portátil</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="43"/>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="84"/>
        <source>Merge, keep the &amp;first</source>
        <translation>Fusionar, conservar el &amp;primero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="85"/>
        <source>Merge, keep the &amp;second</source>
        <translation>Fusionar, conservar el &amp;segundo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="86"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="87"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="88"/>
        <source>The two records</source>
        <translation>Los dos registros</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Checked in?</source>
        <translation>¿Registró su llegada?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="92"/>
        <source>A merge keeps one record and completes it from the other; Ctrl+Z undoes it. “Not the same person” is remembered in this event file: the pair is not flagged again.</source>
        <translation>Una fusión conserva un registro y lo completa con el otro; Ctrl+Z la deshace. «No es la misma persona» se recuerda en este archivo del evento: el par no vuelve a señalarse.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="107"/>
        <source>No likely duplicates left to review.</source>
        <translation>No quedan posibles duplicados por revisar.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name and organisation</source>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="111"/>
        <source>very close name</source>
        <translation>nombre muy parecido</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="112"/>
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n par por revisar.</numerusform>
            <numerusform>%n pares por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="113"/>
        <source>Are these one person? (%1)</source>
        <translation>¿Son una sola persona? (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="145"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the event&apos;s name</source>
        <translation>Editar el nombre del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the start date</source>
        <translation>Editar la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the end date</source>
        <translation>Editar la fecha de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the venue</source>
        <translation>Editar el lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the time zone</source>
        <translation>Editar la zona horaria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the languages</source>
        <translation>Editar los idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="126"/>
        <source>Edit the welcome text</source>
        <translation>Editar el texto de bienvenida</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/event.py" line="162"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participante inscrito</numerusform>
            <numerusform>%n participantes inscritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>Last change: %1 (%2)</source>
        <translation>Último cambio: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="165"/>
        <source>File: %1 (file format %2)</source>
        <translation>Archivo: %1 (formato de archivo %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="192"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Starts</source>
        <translation>&amp;Comienza</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>En&amp;ds</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>Ven&amp;ue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="194"/>
        <source>&amp;Languages</source>
        <translation>Idio&amp;mas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="194"/>
        <source>&amp;Main language</source>
        <translation>Idioma p&amp;rincipal</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="197"/>
        <source>&amp;Welcome text</source>
        <translation>Texto de &amp;bienvenida</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="198"/>
        <source>Shown on the projector when people arrive</source>
        <translation>Se muestra en el proyector cuando llegan las personas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="202"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="204"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="214"/>
        <source>This computer keeps no log file: the details button shows the details, to copy into your report.</source>
        <translation>Este equipo no guarda ningún archivo de registro: el botón de detalles los muestra, para copiarlos en su informe.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="216"/>
        <source>The details could not be written to the log file (%1): the details button shows them, to copy into your report.</source>
        <translation>Los detalles no se pudieron escribir en el archivo de registro (%1): el botón de detalles los muestra, para copiarlos en su informe.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="228"/>
        <source>Cannot do that</source>
        <translation>No se puede hacer eso</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="204"/>
        <source>The details are in the log file: %1</source>
        <extracomment>(text): a change that has no undo was made; the undo history ends there (`barrier` holds its text) the text of the last change that could not be undone: the undo history begins after it (&quot;&quot; if none)</extracomment>
        <translation>Los detalles están en el archivo de registro: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="117"/>
        <source>Rate a round</source>
        <translation>Valorar una ronda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="160"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="79"/>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="83"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="95"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="97"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="98"/>
        <source>&amp;Table:</source>
        <translation>&amp;Mesa:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="107"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="108"/>
        <source>Marked as the same idea:</source>
        <translation>Marcadas como la misma idea:</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="398"/>
        <source>Add a challenge (Ctrl+Alt+N) to start capturing ideas.</source>
        <translation>Añada un desafío (Ctrl+Alt+N) para empezar a recoger ideas.</translation>
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
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="412"/>
        <source>Arrows move between cards, a cluster&apos;s number moves them there (0: unsorted), Enter opens a card, Space + drag pans.</source>
        <translation>Las flechas recorren las tarjetas, el número de un grupo las lleva a ese grupo (0: sin grupo), Enter abre una tarjeta, Espacio + arrastrar desplaza el tablero.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="236"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="416"/>
        <source>Cl&amp;ose challenge</source>
        <translation>&amp;Cerrar desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="417"/>
        <source>Re&amp;open challenge</source>
        <translation>Rea&amp;brir desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Stop co&amp;untdown</source>
        <translation>Detener cuenta &amp;regresiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="238"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Start co&amp;untdown</source>
        <translation>Iniciar cuenta &amp;regresiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="428"/>
        <source>0 · Unsorted (%1)</source>
        <translation>0 · Sin grupo (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="430"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="642"/>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="452"/>
        <source>Add a challenge</source>
        <translation>Añadir un desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="469"/>
        <source>Edit a challenge</source>
        <translation>Editar un desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Close a challenge</source>
        <translation>Cerrar un desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Reopen a challenge</source>
        <translation>Reabrir un desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="511"/>
        <source>Badge refused: %1</source>
        <translation>Credencial rechazada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="519"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="538"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Añadir %n idea</numerusform>
            <numerusform>Añadir %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="524"/>
        <source>Added %n idea(s).</source>
        <translation>
            <numerusform>%n idea añadida.</numerusform>
            <numerusform>%n ideas añadidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="535"/>
        <source>Paste ideas</source>
        <translation>Pegar ideas</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="536"/>
        <source>The text has %n line(s). Add one idea per line?</source>
        <translation>
            <numerusform>El texto tiene %n línea. ¿Añadir una idea por línea?</numerusform>
            <numerusform>El texto tiene %n líneas. ¿Añadir una idea por línea?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="539"/>
        <source>Keep as one idea</source>
        <translation>Mantener como una sola idea</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="580"/>
        <source>Author of the next idea: %1</source>
        <translation>Autor de la próxima idea: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="591"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="629"/>
        <source>New cluster</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="594"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="597"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="608"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Mover %n tarjeta</numerusform>
            <numerusform>Mover %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="606"/>
        <source>There is no cluster %1.</source>
        <translation>No existe el grupo %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Name of the cluster:</source>
        <translation>Nombre del grupo:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Rename cluster</source>
        <translation>Renombrar grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="645"/>
        <source>Rename a cluster</source>
        <translation>Renombrar un grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="657"/>
        <source>Colour a cluster</source>
        <translation>Cambiar el color de un grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="242"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="663"/>
        <source>Merge clusters</source>
        <translation>Fusionar grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="668"/>
        <source>Delete a cluster</source>
        <translation>Eliminar un grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="680"/>
        <source>Reorder clusters</source>
        <translation>Reordenar los grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="252"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="687"/>
        <source>Mark duplicates</source>
        <translation>Marcar como duplicados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="244"/>
        <source>Merge</source>
        <comment>toolbar: merge clusters</comment>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="254"/>
        <source>Duplicates</source>
        <comment>toolbar: mark duplicates</comment>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="693"/>
        <source>Separate duplicates</source>
        <translation>Separar duplicados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="263"/>
        <source>Make an action plan from the selection…</source>
        <translation>Crear un plan de acción con la selección…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="414"/>
        <source>Open for ideas</source>
        <translation>Abierto a ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="415"/>
        <source>Closed to new ideas</source>
        <translation>Cerrado a nuevas ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Stop the countdown</source>
        <translation>Detener la cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Start the countdown</source>
        <translation>Iniciar la cuenta regresiva</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="698"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Eliminar %n idea</numerusform>
            <numerusform>Eliminar %n ideas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="710"/>
        <source>Edit an idea</source>
        <translation>Editar una idea</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Hoja de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a picture (*.png)</source>
        <translation>Tablero como imagen (*.png)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a PDF (*.pdf)</source>
        <translation>Tablero como PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="726"/>
        <source>ideas</source>
        <translation>ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="727"/>
        <source>Export ideas</source>
        <translation>Exportar ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="745"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="759"/>
        <source>Poll from clusters</source>
        <translation>Votación a partir de los grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <source>Title of the poll:</source>
        <translation>Título de la votación:</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="763"/>
        <source>Poll “%1” created with %n option(s), as a draft: open it on the Voting page.</source>
        <translation>
            <numerusform>Votación “%1” creada con %n opción, como borrador: ábrala en la página Votación.</numerusform>
            <numerusform>Votación “%1” creada con %n opciones, como borrador: ábrala en la página Votación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="797"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="799"/>
        <source>The challenge and its countdown</source>
        <translation>El desafío y su cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="800"/>
        <source>The board of clusters</source>
        <translation>El tablero de grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="803"/>
        <source>Cluster: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="823"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="824"/>
        <source>Challen&amp;ge:</source>
        <translation>Desa&amp;fío:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="825"/>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="826"/>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="827"/>
        <source>Type an idea and press Enter…</source>
        <translation>Escriba una idea y presione Enter…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="828"/>
        <source>New idea</source>
        <translation>Nueva idea</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="829"/>
        <source>Enter adds the idea · Ctrl+Enter starts a new line · paste a list to add one idea per line · scan a badge to set the author</source>
        <translation>Enter añade la idea · Ctrl+Enter inicia una línea nueva · pegue una lista para añadir una idea por línea · escanee una credencial para indicar el autor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Author:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Table:</source>
        <translation>&amp;Mesa:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="831"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="833"/>
        <source>Scan a badge or type a name</source>
        <translation>Escanee una credencial o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="834"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="835"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="836"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="837"/>
        <source>A&amp;dd idea</source>
        <translation>Agre&amp;gar idea</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="838"/>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="839"/>
        <source>What the projector shows</source>
        <translation>Lo que muestra el proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="840"/>
        <source>Projector screen</source>
        <translation>Pantalla del proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="841"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="842"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="233"/>
        <source>&amp;New challenge…</source>
        <translation>&amp;Nuevo desafío…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="235"/>
        <source>Edit &amp;challenge…</source>
        <translation>Editar desaf&amp;ío…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="239"/>
        <source>Capture an idea</source>
        <translation>Capturar una idea</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="245"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="246"/>
        <source>Cluster colour…</source>
        <translation>Color del grupo…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="247"/>
        <source>Move cluster left</source>
        <translation>Mover el grupo a la izquierda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="249"/>
        <source>Move cluster right</source>
        <translation>Mover el grupo a la derecha</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="251"/>
        <source>Delete cluster</source>
        <translation>Eliminar el grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="256"/>
        <source>Delete ideas</source>
        <translation>Eliminar ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="258"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="259"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="260"/>
        <source>Fit the board</source>
        <translation>Ver todo el tablero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="261"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="262"/>
        <source>Make a poll…</source>
        <translation>Crear una votación…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="265"/>
        <source>Previous screen</source>
        <translation>Pantalla anterior</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="267"/>
        <source>Next screen</source>
        <translation>Pantalla siguiente</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="269"/>
        <source>Blank</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="271"/>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="241"/>
        <source>A new cluster of the selected cards, taken from where they were: this also splits a cluster (Ctrl+G)</source>
        <translation>Un grupo nuevo con las tarjetas seleccionadas, sacadas de donde estaban: así también se divide un grupo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="243"/>
        <source>Merge the selected clusters into the first one (Ctrl+Shift+G)</source>
        <translation>Fusionar los grupos seleccionados en el primero (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="253"/>
        <source>Show the selected cards as one idea; each keeps its text and author (Ctrl+Shift+D)</source>
        <translation>Mostrar las tarjetas seleccionadas como una sola idea; cada una conserva su texto y su autor (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="54"/>
        <source>Import a list of participants</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="60"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="417"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="83"/>
        <source>List to import</source>
        <translation>Lista para importar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="86"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="92"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="95"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="104"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="107"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="108"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="111"/>
        <source>Choose the organisers&apos; list: CSV, TSV or TXT (any separator and encoding), or an Excel or LibreOffice spreadsheet (XLSX, XLS, ODS).</source>
        <translation>Elija la lista de los organizadores: CSV, TSV o TXT (con cualquier separador y codificación), o una hoja de cálculo de Excel o LibreOffice (XLSX, XLS, ODS).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="124"/>
        <source>Choose the list</source>
        <translation>Elegir la lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="125"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="140"/>
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="159"/>
        <source>The encoding is not certain. Which way are the names written correctly?</source>
        <translation>No se sabe con certeza cuál es la codificación. ¿En cuál de estas versiones están bien escritos los nombres?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="175"/>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation>Compruebe qué campo contiene cada columna. Las columnas marcadas como “Ignorar” no se importan.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="180"/>
        <source>Columns of the list</source>
        <translation>Columnas de la lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="183"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Column in the list</source>
        <translation>Columna de la lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="199"/>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="201"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="205"/>
        <source>Field of column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="243"/>
        <source>Preview of the first rows, as they will be read:</source>
        <translation>Vista previa de las primeras filas, tal como se leerán:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="256"/>
        <source>Updates: tick the people to update, untick to keep the current record</source>
        <translation>Actualizaciones: marque a quién actualizar; desmarque para conservar el registro actual</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="258"/>
        <source>Update &amp;all</source>
        <translation>Actualizar &amp;todos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="259"/>
        <source>&amp;Keep all as they are</source>
        <translation>Conser&amp;var todos como están</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="276"/>
        <source>&amp;Save the report as CSV…</source>
        <translation>&amp;Guardar el informe como CSV…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="293"/>
        <source>Checking the list…</source>
        <translation>Comprobando la lista…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="307"/>
        <source>%n row(s) name topics the event does not have yet: imported, and listed under Problems.</source>
        <translation>
            <numerusform>%n fila nombra temas que el evento aún no tiene: se importa y figura en Problemas.</numerusform>
            <numerusform>%n filas nombran temas que el evento aún no tiene: se importan y figuran en Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="310"/>
        <source>same e-mail as row %1 (%2)</source>
        <translation>mismo correo electrónico que la fila %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="315"/>
        <source>same name and organisation</source>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="315"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="316"/>
        <source>very close name</source>
        <translation>nombre muy parecido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>registered</source>
        <translation>ya inscrito</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>May be the same person as</source>
        <translation>Puede ser la misma persona que</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="323"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="402"/>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="462"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="462"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="326"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="164"/>
        <source>%n row(s) of data</source>
        <translation>
            <numerusform>%n fila de datos</numerusform>
            <numerusform>%n filas de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="165"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n para añadir</numerusform>
            <numerusform>%n para añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n para actualizar</numerusform>
            <numerusform>%n para actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="300"/>
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n fila duplicada</numerusform>
            <numerusform>%n filas duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="301"/>
        <source>%n invalid row(s) (not imported)</source>
        <translation>
            <numerusform>%n fila no válida (no se importa)</numerusform>
            <numerusform>%n filas no válidas (no se importan)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="302"/>
        <source>%1: %2, %3, %4, %5, %6.</source>
        <translation>%1: %2, %3, %4, %5, %6.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="327"/>
        <source>Possible duplicates (%1)</source>
        <translation>Posibles duplicados (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="328"/>
        <source>Updates (%1)</source>
        <translation>Actualizaciones (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>What changes (current → in the list)</source>
        <translation>Qué cambia (actual → en la lista)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="366"/>
        <source>Ticked people are updated from the list; unticked ones keep their current record.</source>
        <translation>Las personas marcadas se actualizan con la lista; las desmarcadas conservan su registro actual.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="367"/>
        <source>%n kept as they are.</source>
        <translation>
            <numerusform>%n se conserva como está.</numerusform>
            <numerusform>%n se conservan como están.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="372"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="373"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="403"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="417"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="449"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se realizó ningún cambio.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="46"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="47"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="48"/>
        <source>Merged duplicates</source>
        <translation>Duplicados fusionados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="49"/>
        <source>Personal data erased</source>
        <translation>Datos personales borrados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="50"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="51"/>
        <source>Check-ins</source>
        <translation>Acreditaciones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="52"/>
        <source>Session attendance</source>
        <translation>Asistencia a las sesiones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="53"/>
        <source>Polls</source>
        <translation>Votaciones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="54"/>
        <source>Who voted</source>
        <translation>Quién votó</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="55"/>
        <source>Ballots</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="56"/>
        <source>Voided ballots</source>
        <translation>Votos anulados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="57"/>
        <source>Paper ballots read</source>
        <translation>Votos en papel leídos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="58"/>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="59"/>
        <source>Clusters</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="60"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="61"/>
        <source>P2P topics</source>
        <translation>Temas P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="62"/>
        <source>P2P plans</source>
        <translation>Planes P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="63"/>
        <source>P2P ratings</source>
        <translation>Valoraciones P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="64"/>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="65"/>
        <source>Evaluation survey</source>
        <translation>Encuesta de evaluación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="66"/>
        <source>Evaluation answers</source>
        <translation>Respuestas de evaluación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="78"/>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="80"/>
        <source>A bundle (%1) of “%2”, made on %3 by %4 (%5).</source>
        <translation>Un paquete (%1) de “%2”, creado el %3 por %4 (%5).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="87"/>
        <source>Superseded</source>
        <translation>Reemplazadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="98"/>
        <source>What the import changes</source>
        <translation>Lo que cambia la importación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="99"/>
        <source>Nothing to change: this bundle&apos;s data is already here.</source>
        <translation>No hay nada que cambiar: los datos de este paquete ya están aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="100"/>
        <source>%n row(s) will stop counting (a later check-in or ballot of the same person); they are kept and listed in the audit.</source>
        <translation>
            <numerusform>%n fila dejará de contar (una acreditación o un voto posterior de la misma persona); se conserva y figura en el registro de auditoría.</numerusform>
            <numerusform>%n filas dejarán de contar (una acreditación o un voto posterior de la misma persona); se conservan y figuran en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="102"/>
        <source>Nothing is written until you import.</source>
        <translation>No se guarda nada hasta que importe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="105"/>
        <source>%n person(s) checked in on more than one laptop (the earliest check-in counts): %1</source>
        <translation>
            <numerusform>%n persona acreditada en más de un equipo (cuenta la acreditación más temprana): %1</numerusform>
            <numerusform>%n personas acreditadas en más de un equipo (cuenta la acreditación más temprana): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="111"/>
        <source>“%1” is not a coordinator of this event: %n row(s) of the event&apos;s settings left out.</source>
        <translation>
            <numerusform>«%1» no coordina este evento: se omite %n fila de la configuración del evento.</numerusform>
            <numerusform>«%1» no coordina este evento: se omiten %n filas de la configuración del evento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="116"/>
        <source>%n ballot(s) refused, not imported: more than the people its laptop recorded as having voted in the poll (made-up ballots).</source>
        <translation>
            <numerusform>%n papeleta rechazada, no importada: más que las personas que su portátil registró como votantes en la votación (papeletas inventadas).</numerusform>
            <numerusform>%n papeletas rechazadas, no importadas: más que las personas que su portátil registró como votantes en la votación (papeletas inventadas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="121"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="151"/>
        <source>Check-in kiosk</source>
        <translation>Quiosco de acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="196"/>
        <source>%1 of %2 participants have arrived</source>
        <translation>Han llegado %1 de %2 participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="200"/>
        <source>Welcome! Scan your badge</source>
        <translation>¡Le damos la bienvenida! Escanee su credencial</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="208"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
</context>
<context>
    <name>LaptopSetup</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="133"/>
        <source>Choose the setup bundle</source>
        <translation>Elija el paquete de configuración</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="134"/>
        <source>Setup bundles (*.zip);;All files (*)</source>
        <translation>Paquetes de configuración (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="137"/>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="155"/>
        <source>Checking the setup bundle…</source>
        <translation>Comprobando el paquete de configuración…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="164"/>
        <source>Where to keep this laptop&apos;s event file</source>
        <translation>Dónde guardar el archivo del evento de este equipo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="165"/>
        <source>Event files (*.eulac)</source>
        <translation>Archivos de evento (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="184"/>
        <source>Setting up the event on this laptop…</source>
        <translation>Preparando el evento en este equipo…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="195"/>
        <source>Set up this laptop</source>
        <translation>Preparar este equipo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="196"/>
        <source>“%1” already holds the event “%2” on this laptop. Open it and bring in what this setup bundle changes?</source>
        <translation>«%1» ya contiene el evento «%2» en este equipo. ¿Abrirlo e incorporar lo que cambia este paquete de configuración?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="373"/>
        <source>No recent events</source>
        <translation>No hay eventos recientes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="462"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="473"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="474"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="475"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="476"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="477"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="478"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="479"/>
        <source>V&amp;oting</source>
        <translation>V&amp;otación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="480"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="483"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation>Preparar este &amp;equipo con un paquete de configuración…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="484"/>
        <source>Connec&amp;t laptops…</source>
        <translation>Conec&amp;tar portátiles…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>Open the &amp;demo event</source>
        <translation>Abrir el evento de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>&amp;Close event</source>
        <translation>&amp;Cerrar evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="486"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation>Nuevo archivo &amp;maestro (coordinación)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>Command &amp;palette…</source>
        <translation>Paleta de &amp;comandos…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Find a participant</source>
        <translation>&amp;Buscar un participante</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Projector</source>
        <translation>&amp;Proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Open the room to p&amp;hones…</source>
        <translation>Abrir la sala a los &amp;móviles…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;About eulac-desktop</source>
        <translation>&amp;Acerca de eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="498"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="499"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="500"/>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="507"/>
        <source>Cannot undo: %1</source>
        <translation>No se puede deshacer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="513"/>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>P2P learning</source>
        <translation>Aprendizaje P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="515"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>MasterWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="51"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="52"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="53"/>
        <source>New &amp;master file…</source>
        <translation>&amp;Nuevo archivo maestro…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="54"/>
        <source>&amp;Import a bundle…</source>
        <translation>I&amp;mportar un paquete…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="55"/>
        <source>&amp;Close the master file</source>
        <translation>&amp;Cerrar el archivo maestro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="57"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="58"/>
        <source>%1 (master) — %2</source>
        <translation>%1 (archivo maestro) — %2</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/message_dialog.py" line="72"/>
        <source>This computer could not open the folder “%1”: no file manager answered.</source>
        <translation>Este equipo no pudo abrir la carpeta «%1»: ningún gestor de archivos respondió.</translation>
    </message>
</context>
<context>
    <name>MethodTexts</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="23"/>
        <source>Each person has %1 dots and may put up to %2 on one option. An option&apos;s score is its number of dots; the most dots first.</source>
        <translation>Cada persona tiene %1 puntos y puede poner hasta %2 en una misma opción. La puntuación de una opción es su número de puntos; primero, la que tiene más puntos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="26"/>
        <source>Each person ranks the options, best first (a partial ranking is fine). With k options the first gets k−1 points, the next k−2, … the last 0; options left out of a ranking get 0. Most points first.</source>
        <translation>Cada persona ordena las opciones, de la mejor a la peor (un orden parcial es válido). Con k opciones, la primera recibe k−1 puntos, la siguiente k−2, … la última 0; las opciones que quedan fuera de un orden reciben 0. Primero, la que tiene más puntos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="29"/>
        <source>Each person ranks the options, best first (a partial ranking is fine: listed options come before the others). The Schulze method compares every pair of options; the option that beats every other one (the Condorcet winner) wins. The score is how many options it beats.</source>
        <translation>Cada persona ordena las opciones, de la mejor a la peor (un orden parcial es válido: las opciones incluidas van antes que las demás). El método de Schulze compara cada par de opciones; gana la opción que supera a todas las demás (la ganadora de Condorcet). La puntuación es el número de opciones que supera.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="33"/>
        <source>Each person shares exactly %1 points among the options. An option&apos;s score is its points; the most points first.</source>
        <translation>Cada persona reparte exactamente %1 puntos entre las opciones. La puntuación de una opción es la suma de sus puntos; primero, la que tiene más puntos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="35"/>
        <source>Each person rates each option from 1 to 5 for impact and for effort. Results are the averages with their spread, split at 3: quick wins (high impact, low effort), big bets (high impact, high effort), fill-ins (low, low) and money pits (low impact, high effort).</source>
        <translation>Cada persona puntúa cada opción de 1 a 5 en impacto y en esfuerzo. Los resultados son los promedios con su dispersión, con el corte en 3: logros rápidos (alto impacto, poco esfuerzo), grandes apuestas (alto impacto, mucho esfuerzo), tareas de relleno (bajo, bajo) y pozos sin fondo (bajo impacto, mucho esfuerzo).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="39"/>
        <source>Each person ticks every option they approve of. An option&apos;s score is its number of approvals.</source>
        <translation>Cada persona marca todas las opciones que aprueba. La puntuación de una opción es su número de aprobaciones.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="41"/>
        <source>Each person says yes, no or abstain to each question. The score is yes minus no; a question passes with more yes than no.</source>
        <translation>Cada persona responde sí, no o abstención a cada pregunta. La puntuación es el número de sí menos el de no; una pregunta se aprueba si tiene más sí que no.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="44"/>
        <source>Ties share a rank and are shown as ties; among tied options the poll&apos;s order is kept.</source>
        <translation>Las opciones empatadas comparten el puesto y se muestran como empate; entre ellas se mantiene el orden de la votación.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="44"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="49"/>
        <source>e.g. Co-Innovation Lab on research infrastructures</source>
        <translation>p. ej., Laboratorio de Coinnovación sobre infraestructuras de investigación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="66"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="71"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="72"/>
        <source>&amp;Starts</source>
        <translation>&amp;Comienza</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="73"/>
        <source>En&amp;ds</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="74"/>
        <source>Ven&amp;ue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="75"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="76"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="77"/>
        <source>Save &amp;as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="87"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="106"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="110"/>
        <source>Save the new event as</source>
        <translation>Guardar el nuevo evento como</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="111"/>
        <source>Event files (*.eulac)</source>
        <translation>Archivos de evento (*.eulac)</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="35"/>
        <source>The device&apos;s key changed</source>
        <translation>La clave del dispositivo cambió</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="37"/>
        <source>This bundle says it comes from “%1”, which this laptop knows with another key. It may be forged. Accept the new key only if the owner of “%1” shows you the new fingerprint on their screen (a new installation makes a new key).</source>
        <translation>Este paquete dice venir de «%1», que este portátil conoce con otra clave. Puede estar falsificado. Acepte la nueva clave solo si quien usa «%1» le muestra la nueva huella en su pantalla (una instalación nueva crea una clave nueva).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>Known key:</source>
        <translation>Clave conocida:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>New key:</source>
        <translation>Clave nueva:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="54"/>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Aceptar la clave nueva</translation>
    </message>
</context>
<context>
    <name>P2PPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="185"/>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="190"/>
        <source>No plan yet: plan the rounds (the people who checked in, by default).</source>
        <translation>Aún no hay plan: planifique las rondas (por defecto, con las personas acreditadas).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="197"/>
        <source>%1 of %2 seeks met · %3 interpreted seats · %4 notes</source>
        <translation>%1 de %2 búsquedas atendidas · %3 puestos con interpretación · %4 observaciones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="256"/>
        <source>Table %1 (%2 people)</source>
        <translation>Mesa %1 (%2 personas)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="256"/>
        <source>interprets for %1</source>
        <translation>interpreta para %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="277"/>
        <source>%1 (table %2)</source>
        <translation>%1 (mesa %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="346"/>
        <source>agendas</source>
        <translation>agendas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="346"/>
        <source>table signs</source>
        <translation>carteles de mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the agendas</source>
        <translation>Guardar las agendas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the table signs</source>
        <translation>Guardar los carteles de mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="366"/>
        <source>P&amp;lan the rounds…</source>
        <translation>P&amp;lanificar las rondas…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="368"/>
        <source>Feedback &amp;kiosk…</source>
        <translation>&amp;Quiosco de valoración…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Table and people</source>
        <translation>Mesa y personas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="263"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>Move someone</source>
        <translation>Mover a alguien</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="195"/>
        <source>%1 of %2 tables mixed EU/LAC</source>
        <translation>%1 de %2 mesas mixtas UE/ALC</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="219"/>
        <source>Likely the same person, never at one table: %1 (%2) and %3 (%4); merge them on the Participants page</source>
        <translation>Probablemente la misma persona, nunca en una misma mesa: %1 (%2) y %3 (%4); fusiónelos en la página Participantes</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="225"/>
        <source>… and %n more pair(s) likely of one person, kept apart: point here to see them all</source>
        <translation>
            <numerusform>… y %n par más de registros probablemente de una misma persona, separados: señale aquí para verlos todos</numerusform>
            <numerusform>… y %n pares más de registros probablemente de una misma persona, separados: señale aquí para verlos todos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="230"/>
        <source>Before the rounds</source>
        <translation>Antes de las rondas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="240"/>
        <source>first round at %1 (%2)</source>
        <translation>primera ronda: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>To table:</source>
        <translation>A la mesa:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="320"/>
        <source>Plan the rounds</source>
        <translation>Planificar las rondas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="321"/>
        <source>Planning the rounds…</source>
        <translation>Planificando las rondas…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="329"/>
        <source>Plan the rounds again</source>
        <translation>Planificar de nuevo las rondas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="330"/>
        <source>Replace the saved plan of %1? The agendas printed from it will no longer match.</source>
        <translation>¿Reemplazar el plan guardado el %1? Las agendas impresas a partir de él ya no coincidirán.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="333"/>
        <source>&amp;Replace the plan</source>
        <translation>&amp;Reemplazar el plan</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="348"/>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="361"/>
        <source>P2P learning</source>
        <translation>Aprendizaje P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="362"/>
        <source>Topi&amp;cs…</source>
        <translation>&amp;Temas…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="363"/>
        <source>&amp;Tables on the projector</source>
        <translation>Me&amp;sas en el proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="364"/>
        <source>The projector shows each table of the round with its topic</source>
        <translation>El proyector muestra cada mesa de la ronda con su tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="365"/>
        <source>Import, add, rename and translate the event&apos;s P2P topics</source>
        <translation>Importar, añadir, renombrar y traducir los temas P2P del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="367"/>
        <source>&amp;Move someone…</source>
        <translation>&amp;Mover a alguien…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="369"/>
        <source>&amp;Agendas (PDF)…</source>
        <translation>A&amp;gendas (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="370"/>
        <source>Table &amp;signs (PDF)…</source>
        <translation>&amp;Carteles de mesa (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="371"/>
        <source>Round on the p&amp;rojector</source>
        <translation>Ronda en el p&amp;royector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="373"/>
        <source>Interpreting, notes</source>
        <translation>Interpretación, observaciones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="374"/>
        <source>Tables of the round</source>
        <translation>Mesas de la ronda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="375"/>
        <source>Drag a person onto another table to move them (Ctrl+Z undoes)</source>
        <translation>Arrastre a una persona a otra mesa para moverla (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="376"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="377"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="378"/>
        <source>What the plan could not do</source>
        <translation>Lo que el plan no pudo lograr</translation>
    </message>
</context>
<context>
    <name>PaperAnswersDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="222"/>
        <source>Evaluation answers from paper</source>
        <translation>Respuestas de evaluación en papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="237"/>
        <source>Person who answered</source>
        <translation>Persona que respondió</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="239"/>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="248"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="283"/>
        <source>Choose the person who filled in the form.</source>
        <translation>Elija a la persona que llenó el formulario.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="292"/>
        <source>Type evaluation answers</source>
        <translation>Registrar respuestas de evaluación</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="138"/>
        <source>Paper ballots: %1</source>
        <translation>Votos en papel: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="140"/>
        <source>Scan or type the serial, then Enter or Tab</source>
        <translation>Escanee o escriba el número de serie y pulse Intro o Tab</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="141"/>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="147"/>
        <source>Second &amp;entry (compare with the first; nothing is counted)</source>
        <translation>Segundo &amp;registro (se compara con el primero; no se cuenta nada)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="152"/>
        <source>Last ballot</source>
        <translation>Último voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="153"/>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="219"/>
        <source>&amp;Record this ballot</source>
        <translation>&amp;Guardar este voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="157"/>
        <source>Ballots whose entries disagree</source>
        <translation>Votos cuyos registros no coinciden</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="160"/>
        <source>Type each mark (a number, or the first letter of the answer), Tab to the next, Enter to record the ballot.</source>
        <translation>Escriba cada marca (un número o la primera letra de la respuesta), Tab para pasar a la siguiente, Intro para guardar el voto.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="164"/>
        <source>&amp;Serial:</source>
        <translation>Número de &amp;serie:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="176"/>
        <source>Entries that disagree:</source>
        <translation>Registros que no coinciden:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="219"/>
        <source>&amp;Record the second entry</source>
        <translation>&amp;Guardar el segundo registro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="230"/>
        <source>Two options have rank %1: give each rank once (leave a rank that cannot be read empty).</source>
        <translation>Dos opciones tienen el puesto %1: use cada puesto una sola vez (deje vacío un puesto que no se pueda leer).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="236"/>
        <source>Check a paper ballot</source>
        <translation>Verificar una papeleta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="240"/>
        <source>Both entries agree.</source>
        <translation>Los dos registros coinciden.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="241"/>
        <source>The entries disagree: check this paper ballot.</source>
        <translation>Los registros no coinciden: revise este voto en papel.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="243"/>
        <source>Enter a paper ballot</source>
        <translation>Introducir una papeleta</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="247"/>
        <source>Counted (%n ballot(s) in this sitting).</source>
        <translation>
            <numerusform>Contabilizado (%n voto en esta sesión).</numerusform>
            <numerusform>Contabilizado (%n votos en esta sesión).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>the two entries differ</source>
        <translation>los dos registros difieren</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>no second entry yet</source>
        <translation>aún sin segundo registro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="271"/>
        <source>checked, but never entered</source>
        <translation>verificado, pero nunca registrado</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Family name</source>
        <extracomment>called to edit a field: (participant id, field, new value) → whether the core accepted it</extracomment>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Stakeholder type</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="119"/>
        <source>(erased)</source>
        <translation>(borrado)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="159"/>
        <source>Edit a participant</source>
        <extracomment>How long each step of reading the search index&apos;s words takes while the window idles (a key waits at most that)</extracomment>
        <translation>Editar un participante</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="201"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Eliminar %n participante</numerusform>
            <numerusform>Eliminar %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="211"/>
        <source>Merge two participants</source>
        <translation>Fusionar dos participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="217"/>
        <source>Keep the first</source>
        <translation>Conservar el primero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="218"/>
        <source>Keep the second</source>
        <translation>Conservar el segundo</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="362"/>
        <source>Review likely d&amp;uplicates (%n)…</source>
        <translation>
            <numerusform>Re&amp;visar posibles duplicados (%n)…</numerusform>
            <numerusform>Re&amp;visar posibles duplicados (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="363"/>
        <source>Review likely d&amp;uplicates…</source>
        <translation>Re&amp;visar posibles duplicados…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="441"/>
        <source>Merge participants</source>
        <translation>Fusionar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="246"/>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="212"/>
        <source>Merge these two records of one person? The one kept stays in the list; the other is removed from it, and its check-in, votes, ideas and P2P offers and seeks count for the one kept. Empty fields of the one kept are completed from the other; photo consent is never taken from it. Ctrl+Z undoes the merge.</source>
        <translation>¿Fusionar estos dos registros de una misma persona? El que se conserva sigue en la lista; el otro se quita de ella, y su llegada, votos, ideas y ofertas y búsquedas P2P cuentan para el conservado. Los campos vacíos del conservado se completan con el otro; el consentimiento de foto nunca se toma de él. Ctrl+Z deshace la fusión.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="216"/>
        <source>First: %1
Second: %2</source>
        <translation>Primero: %1
Segundo: %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="241"/>
        <source>Erase the personal data of %1 for good?

Their name, e-mail and organisation are removed from this event file and from every bundle merged later. Anonymous facts (country, role, attendance) are kept. This cannot be undone.</source>
        <translation>¿Borrar definitivamente los datos personales de %1?

Su nombre, correo electrónico y organización se eliminan de este archivo de evento y de todos los paquetes que se combinen más adelante. Se conservan los datos anónimos (país, rol, asistencia). Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="256"/>
        <source>Export participants</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="257"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="274"/>
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n participante exportado a %1</numerusform>
            <numerusform>%n participantes exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="276"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="317"/>
        <source>Gender not given</source>
        <translation>Género no indicado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="319"/>
        <source>Stakeholder type not given</source>
        <translation>Tipo de actor no indicado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Checked in</source>
        <translation>Acreditados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Not checked in yet</source>
        <translation>Aún sin acreditar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All genders</source>
        <translation>Todos los géneros</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>Arrived or not</source>
        <translation>Con y sin acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>All stakeholder types</source>
        <translation>Todos los tipos de actor</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="350"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participante mostrado</numerusform>
            <numerusform>%n participantes mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="350"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="352"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participante inscrito</numerusform>
            <numerusform>%n participantes inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="354"/>
        <source>%n erased (not counted)</source>
        <translation>
            <numerusform>%n borrado (no contado)</numerusform>
            <numerusform>%n borrados (no contados)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="366"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="369"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="367"/>
        <source>Search by name, organisation or e-mail (Ctrl+F)</source>
        <translation>Buscar por nombre, organización o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="368"/>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by region</source>
        <translation>Filtrar por región</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by role</source>
        <translation>Filtrar por rol</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="372"/>
        <source>Filter by gender</source>
        <translation>Filtrar por género</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="373"/>
        <source>Filter by stakeholder type</source>
        <translation>Filtrar por tipo de actor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="374"/>
        <source>Filter by check-in</source>
        <translation>Filtrar por acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>&amp;Import a list…</source>
        <translation>I&amp;mportar una lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>Add a &amp;walk-in…</source>
        <translation>&amp;Inscribir en la entrada…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Delete participants</source>
        <translation>E&amp;liminar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Merge two participants…</source>
        <translation>&amp;Fusionar dos participantes…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Borrar los datos personales…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xportar la lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="379"/>
        <source>Print &amp;badges…</source>
        <translation>Imprimir cre&amp;denciales…</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="366"/>
        <source>The room to phones stopped: %1</source>
        <translation>La sala para móviles se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="378"/>
        <source>Participants vote, post ideas and find their table from their own phones, on this laptop&apos;s network: no internet needed. Pick the network the phones are on.</source>
        <translation>Los participantes votan, publican ideas y encuentran su mesa desde sus propios móviles, en la red de este portátil: no hace falta internet. Elija la red en la que están los móviles.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="382"/>
        <source>The room is open. Phones on the same network open this address, or scan the code:</source>
        <translation>La sala está abierta. Los móviles de la misma red abren esta dirección o escanean el código:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="386"/>
        <source>Address of the room: %1</source>
        <translation>Dirección de la sala: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="388"/>
        <source>QR code of the address %1</source>
        <translation>Código QR de la dirección %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="390"/>
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n móvil conectado</numerusform>
            <numerusform>%n móviles conectados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="396"/>
        <source>Ballots cast: %1 of %2 eligible</source>
        <translation>Votos emitidos: %1 de %2 habilitados</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="405"/>
        <source>%n idea(s) on the board of the open challenge</source>
        <translation>
            <numerusform>%n idea en el tablero del reto abierto</numerusform>
            <numerusform>%n ideas en el tablero del reto abierto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="425"/>
        <source>The latest opened poll</source>
        <translation>La última votación abierta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="427"/>
        <source>The open question with a countdown, else the last opened</source>
        <translation>La pregunta abierta con cuenta atrás, si no la última abierta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="429"/>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="459"/>
        <source>Nobody found</source>
        <translation>No se encontró a nadie</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="463"/>
        <source>%1 (not checked in: may not vote yet)</source>
        <translation>%1 (sin acreditar: aún no puede votar)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="476"/>
        <source>Phones in the room</source>
        <translation>Móviles en la sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="477"/>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="478"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="479"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="480"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="481"/>
        <source>&amp;Open the room to phones</source>
        <translation>&amp;Abrir la sala a los móviles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="482"/>
        <source>Each person joins with the phone code printed on their badge; look it up below to read it out to them.</source>
        <translation>Cada persona entra con el código para el móvil impreso en su credencial; búsquelo abajo para leérselo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="484"/>
        <source>Phones joined</source>
        <translation>Móviles conectados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="485"/>
        <source>Poll on p&amp;hones:</source>
        <translation>&amp;Votación en los móviles:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="486"/>
        <source>&amp;Ideas for:</source>
        <translation>&amp;Ideas para:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="487"/>
        <source>Poll on phones</source>
        <translation>Votación en los móviles</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="488"/>
        <source>Question that phones send ideas to</source>
        <translation>Pregunta a la que los móviles envían ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="489"/>
        <source>Show &amp;each person their table in the P2P round running now</source>
        <translation>Mostrar a cada persona su &amp;mesa en la ronda P2P en curso</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="490"/>
        <source>Let each person answer the e&amp;valuation survey</source>
        <translation>Permitir que cada persona responda la encuesta de e&amp;valuación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="491"/>
        <source>&amp;Look up a phone code:</source>
        <translation>&amp;Buscar un código para el móvil:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="492"/>
        <source>Name or e-mail</source>
        <translation>Nombre o correo electrónico</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="493"/>
        <source>Look up a person&apos;s phone code</source>
        <translation>Buscar el código para el móvil de una persona</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="495"/>
        <source>&amp;Sign this phone out</source>
        <translation>&amp;Sacar este móvil de la sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="496"/>
        <source>Show on the &amp;projector</source>
        <translation>Mostrar en el &amp;proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="497"/>
        <source>&amp;Close the room</source>
        <translation>&amp;Cerrar la sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="498"/>
        <source>Use the venue&apos;s WPA2 Wi-Fi or your own access points (a phone&apos;s hotspot holds about 20 phones). Tokens and phone codes protect the ballots; plain HTTP does not hide traffic from someone on the same open network.</source>
        <translation>Use la wifi WPA2 del lugar o sus propios puntos de acceso (la zona wifi de un móvil admite unos 20 móviles). Los tokens y los códigos para el móvil protegen los votos; el HTTP simple no oculta el tráfico a quien esté en la misma red abierta.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="49"/>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="57"/>
        <source>&amp;PIN (at least 4 digits)</source>
        <translation>&amp;PIN (al menos 4 dígitos)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="58"/>
        <source>&amp;Again</source>
        <translation>&amp;Repetir el PIN</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="63"/>
        <source>The kiosk fills the screen and can be left only with this PIN.</source>
        <translation>El quiosco ocupa toda la pantalla y solo se puede salir de él con este PIN.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="71"/>
        <source>Use at least 4 digits.</source>
        <translation>Use al menos 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="73"/>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>PinLockedWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="122"/>
        <source>Too many wrong PINs: wait before trying again (%1 s).</source>
        <translation>Demasiados PIN incorrectos: espere antes de volver a intentarlo (%1 s).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="124"/>
        <location filename="../eulac_desktop/ui/kiosk.py" line="126"/>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="127"/>
        <source>Facilitator&apos;s PIN:</source>
        <translation>PIN de la persona facilitadora:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="49"/>
        <source>Plan the P2P rounds</source>
        <extracomment>likely-duplicate pairs listed above the rounds; more are counted, all in the tooltip</extracomment>
        <translation>Planificar las rondas P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="58"/>
        <source>As many as needed</source>
        <translation>Las que hagan falta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="63"/>
        <source>Only people who &amp;checked in</source>
        <translation>Solo las personas &amp;acreditadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="73"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>Fewest at a table (&amp;min):</source>
        <translation>Mínimo de personas por mesa (&amp;mín.):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>Most at a table (ma&amp;x):</source>
        <translation>Máximo de personas por mesa (má&amp;x.):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>&amp;Tables:</source>
        <translation>Me&amp;sas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>Time to &amp;improve:</source>
        <translation>&amp;Tiempo para mejorar:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>First round &amp;starts:</source>
        <translation>&amp;Inicio de la primera ronda:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="78"/>
        <source>Each round &amp;lasts:</source>
        <translation>&amp;Duración de cada ronda:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="163"/>
        <source>Edit the action plan</source>
        <translation>Editar el plan de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="155"/>
        <source>New action plan</source>
        <translation>Nuevo plan de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Problem it answers</source>
        <translation>&amp;Problema al que responde</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>&amp;Lead</source>
        <translation>&amp;Liderazgo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>Find a pa&amp;rtner</source>
        <translation>Buscar un s&amp;ocio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Hitos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>F&amp;unding</source>
        <translation>&amp;Financiación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>St&amp;arts</source>
        <translation>Empie&amp;za</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Problem it answers</source>
        <translation>Problema al que responde</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Lead</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Find a partner</source>
        <translation>Buscar un socio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="116"/>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="119"/>
        <source>One a line: 2027-03-01 Pilot in Piura</source>
        <translation>Uno por línea: 2027-03-01 Piloto en Piura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="120"/>
        <source>YYYY-MM-DD (default: the event&apos;s start)</source>
        <translation>AAAA-MM-DD (por defecto: el inicio del evento)</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="42"/>
        <source>New poll</source>
        <translation>Nueva votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="59"/>
        <source>Options typed below</source>
        <translation>Opciones escritas abajo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="62"/>
        <source>The clusters of: %1</source>
        <translation>Los grupos de: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="64"/>
        <source>One option per line</source>
        <translation>Una opción por línea</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="66"/>
        <source>&amp;Secret ballot (who voted what is never stored)</source>
        <translation>Voto &amp;secreto (nunca se guarda quién votó qué)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="68"/>
        <source>Show &amp;results live while voting</source>
        <translation>Mostrar los resultados en &amp;vivo durante la votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="70"/>
        <source>People who checked in</source>
        <translation>Personas acreditadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="71"/>
        <source>Everyone registered</source>
        <translation>Todas las personas inscritas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="73"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="74"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="76"/>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Puntos por persona:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="77"/>
        <source>At most on &amp;one option:</source>
        <translation>Máximo en &amp;una opción:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="78"/>
        <source>&amp;Points to share:</source>
        <translation>Puntos a &amp;repartir:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="79"/>
        <source>O&amp;ptions:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="81"/>
        <source>&amp;Who may vote:</source>
        <translation>&amp;Quién puede votar:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="146"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="148"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="153"/>
        <source>The colours follow your system&apos;s light or dark theme.</source>
        <translation>Los colores siguen el tema claro u oscuro del sistema.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="156"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="157"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="288"/>
        <source>Print “%1”</source>
        <translation>Imprimir «%1»</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="301"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="160"/>
        <source>“%1” could not be read to be printed.</source>
        <extracomment>Writes the PDF to the given path (on a worker thread); may report progress and raise `Cancelled`. which remembered folder: &quot;badges&quot;, &quot;attendance&quot;, &quot;agendas&quot;, &quot;signs&quot;, &quot;ballots&quot;, &quot;report&quot;… the suggested file name (see `file_name`) the save dialog&apos;s title, e.g. &quot;Save the badges&quot; shown while the PDF is written, e.g. &quot;Making badges…&quot;</extracomment>
        <translation>No se pudo leer «%1» para imprimirlo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="161"/>
        <source>Open it in a PDF viewer and print it from there.</source>
        <translation>Ábralo en un visor de PDF e imprímalo desde allí.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="165"/>
        <source>None of the pages chosen is in the PDF (pages 1 to %1).</source>
        <translation>Ninguna de las páginas elegidas está en el PDF (páginas 1 a %1).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="170"/>
        <source>The printer “%1” could not be started.</source>
        <translation>No se pudo iniciar la impresora «%1».</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="172"/>
        <source>Check that it is on and connected, or choose another printer; the PDF is saved.</source>
        <translation>Compruebe que esté encendida y conectada, o elija otra impresora; el PDF está guardado.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="178"/>
        <source>The printer stopped after page %1.</source>
        <translation>La impresora se detuvo después de la página %1.</translation>
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
        <translation>Proyector</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivos:</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="308"/>
        <source>Evaluation survey questions</source>
        <translation>Preguntas de la encuesta de evaluación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="311"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="313"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="314"/>
        <source>A new question…</source>
        <translation>Una nueva pregunta…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as a ra&amp;ting (1–5)</source>
        <translation>Añadir como &amp;nota (1–5)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as an &amp;open question</source>
        <translation>Añadir como pregunta &amp;abierta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="349"/>
        <source>Edit the survey questions</source>
        <translation>Editar las preguntas de la encuesta</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="77"/>
        <source>Ready: scan a badge</source>
        <translation>Listo: escanee una credencial</translation>
    </message>
</context>
<context>
    <name>ResultsCanvas</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="72"/>
        <source>The results are shown when the poll closes.</source>
        <translation>Los resultados se muestran al cerrar la votación.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="75"/>
        <source>No ballots yet</source>
        <translation>Aún no hay votos</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="87"/>
        <source>%n double vote(s)</source>
        <translation>
            <numerusform>%n voto doble</numerusform>
            <numerusform>%n votos dobles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="88"/>
        <source>%1 of %2 voted</source>
        <translation>Votaron %1 de %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="130"/>
        <source>yes %1 · no %2</source>
        <translation>sí %1 · no %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="132"/>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="142"/>
        <source>(tie)</source>
        <translation>(empate)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="141"/>
        <source>beats %n other option(s)</source>
        <translation>
            <numerusform>supera a %n opción más</numerusform>
            <numerusform>supera a %n opciones más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Quick wins</source>
        <translation>Logros rápidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Big bets</source>
        <translation>Grandes apuestas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Fill-ins</source>
        <translation>Tareas de relleno</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Money pits</source>
        <translation>Pozos sin fondo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="167"/>
        <source>Effort →</source>
        <translation>Esfuerzo →</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="172"/>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="174"/>
        <source>Impact →</source>
        <translation>Impacto →</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="198"/>
        <source>impact %1 ± %2, effort %3 ± %4</source>
        <translation>impacto %1 ± %2, esfuerzo %3 ± %4</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="35"/>
        <source>setup</source>
        <translation>configuración</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="36"/>
        <source>result</source>
        <translation>resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="37"/>
        <source>anonymised</source>
        <translation>anonimizado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="198"/>
        <source>This master file holds no event yet: import the events&apos; bundles first.</source>
        <translation>Este archivo maestro aún no contiene ningún evento: importe primero los paquetes de los eventos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Which event?</source>
        <translation>¿Qué evento?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="209"/>
        <source>Save the bundle</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="210"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="275"/>
        <source>Bundles (*.zip)</source>
        <translation>Paquetes (*.zip)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="220"/>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="221"/>
        <source>Wrote %1 (signed by %2, %3).</source>
        <translation>Se escribió %1 (firmado por %2, %3).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>Save the outcome report</source>
        <translation>Guardar el informe de resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="245"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="265"/>
        <source>Wrote %1.</source>
        <translation>Escrito: %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="242"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="189"/>
        <source>Change an action plan&apos;s status</source>
        <translation>Cambiar el estado de un plan de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>outcome report</source>
        <translation>informe de resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="254"/>
        <source>Folder for the data</source>
        <translation>Carpeta para los datos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="264"/>
        <source>Writing the data…</source>
        <translation>Escribiendo los datos…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="274"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="383"/>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="285"/>
        <source>Checking the bundle…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="308"/>
        <source>Not imported: the device was not trusted.</source>
        <translation>No se importó nada: no se confió en el dispositivo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="340"/>
        <source>Comparing with this event…</source>
        <translation>Comparando con este evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="347"/>
        <source>A new event</source>
        <translation>Un evento nuevo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="348"/>
        <source>This is the first setup bundle of the event “%1” this master file receives: it makes “%2” the event&apos;s coordinator here. Check with the coordinator that its fingerprint is %3, then trust it.</source>
        <translation>Este es el primer paquete de preparación del evento “%1” que recibe este archivo maestro: hace de “%2” la coordinación del evento aquí. Compruebe con la coordinación que su huella es %3 y luego confíe en él.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="353"/>
        <source>A new device</source>
        <translation>Un dispositivo nuevo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="354"/>
        <source>This bundle comes from “%1”, a device not trusted yet. Check with its owner that its fingerprint is %2, then trust it.</source>
        <translation>Este paquete viene de “%1”, un dispositivo en el que aún no se confía. Compruebe con su propietario que su huella es %2 y luego confíe en él.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="357"/>
        <source>&amp;Trust this device</source>
        <translation>&amp;Confiar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="414"/>
        <source>I&amp;mport a bundle…</source>
        <translation>I&amp;mportar un paquete…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="296"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="317"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="336"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="373"/>
        <source>Not imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="302"/>
        <source>Not imported: the device&apos;s new key was not accepted.</source>
        <translation>No se importó: no se aceptó la clave nueva del dispositivo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="383"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="387"/>
        <source>Imported: %n row(s) added or updated.</source>
        <translation>
            <numerusform>Importación terminada: %n fila añadida o actualizada.</numerusform>
            <numerusform>Importación terminada: %n filas añadidas o actualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="399"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="402"/>
        <source>This master file holds the events of a programme. Import each event&apos;s setup bundle and each laptop&apos;s result bundle: the tabs below show what arrived, from which device, and attendance and results across events. Reports and data are made for one event at a time.</source>
        <translation>Este archivo maestro reúne los eventos de un programa. Importe el paquete de configuración de cada evento y el paquete de resultados de cada equipo: las pestañas de abajo muestran lo que ha llegado, desde qué dispositivo, y la asistencia y los resultados de todos los eventos. Los informes y los datos se generan para un evento a la vez.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="407"/>
        <source>A setup bundle carries this event (and its secrets) to the other laptops; each laptop sends back a result bundle; the coordinator imports them all. An anonymised bundle holds no personal data. Every bundle is signed by the device that made it.</source>
        <translation>Un paquete de configuración lleva este evento (y sus secretos) a los demás equipos; cada equipo devuelve un paquete de resultados; la coordinación los importa todos. Un paquete anonimizado no contiene datos personales. Cada paquete lleva la firma del dispositivo que lo creó.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;setup bundle…</source>
        <translation>Exportar un paquete de &amp;configuración…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;result bundle…</source>
        <translation>Exportar un paquete de &amp;resultados…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="411"/>
        <source>Export an &amp;anonymised bundle…</source>
        <translation>Exportar un paquete a&amp;nonimizado…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="415"/>
        <source>Ou&amp;tcome report (PDF)…</source>
        <translation>In&amp;forme de resultados (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="416"/>
        <source>All the &amp;data (XLSX)…</source>
        <translation>Todos los &amp;datos (XLSX)…</translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="388"/>
        <source>Laptops of the room</source>
        <translation>Portátiles de la sala</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="419"/>
        <source>Room: %n other laptop(s)</source>
        <translation>
            <numerusform>Sala: %n portátil más</numerusform>
            <numerusform>Sala: %n portátiles más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="421"/>
        <source>last delta %1</source>
        <translation>último delta %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="424"/>
        <source>checked in on two laptops: %1</source>
        <translation>acreditados en dos portátiles: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="426"/>
        <source>double votes: %1</source>
        <translation>votos dobles: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="428"/>
        <source>sync stopped: %1</source>
        <translation>sincronización detenida: %1</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="218"/>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="219"/>
        <source>Saved as “%1” in the folder:</source>
        <translation>Guardado como «%1» en la carpeta:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="222"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="223"/>
        <source>Open &amp;folder</source>
        <translation>Abrir la car&amp;peta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="224"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="225"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="230"/>
        <source>This computer could not open “%1”: no program for PDF files is set up. Use “Print…” or copy the file to a computer with a PDF viewer.</source>
        <translation>Este equipo no pudo abrir «%1»: no hay ningún programa para archivos PDF. Use «Imprimir…» o copie el archivo a un equipo con un visor de PDF.</translation>
    </message>
</context>
<context>
    <name>ScanPrompt</name>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="49"/>
        <source>Scanned badge</source>
        <translation>Credencial escaneada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="50"/>
        <source>&amp;Go to check-in</source>
        <translation>&amp;Ir a la acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="51"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="57"/>
        <source>Badge refused: %1</source>
        <translation>Credencial rechazada: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="59"/>
        <source>Badge of %1 — go to check-in?</source>
        <translation>Credencial de %1 — ¿ir a la acreditación?</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="36"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="48"/>
        <source>&amp;Add the session</source>
        <translation>&amp;Añadir la sesión</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="52"/>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="59"/>
        <source>&amp;Time</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="62"/>
        <source>Attendance &amp;sheet (PDF)…</source>
        <translation>Hoja de as&amp;istencia (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="97"/>
        <source>Add a session</source>
        <translation>Añadir una sesión</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="116"/>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Save the attendance sheet</source>
        <translation>Guardar la hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Writing the attendance sheet…</source>
        <translation>Creando la hoja de asistencia…</translation>
    </message>
</context>
<context>
    <name>SetupConfirmDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="43"/>
        <source>Set up this laptop</source>
        <translation>Preparar este equipo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="45"/>
        <source>This setup bundle is signed by the device of a coordinator this laptop does not trust yet. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle); the event&apos;s details are read once you trust it.</source>
        <translation>Este paquete de configuración está firmado por el dispositivo de una coordinación en la que este portátil aún no confía. Compruebe con la coordinación que el dispositivo y su huella son los que aparecen en su pantalla (Ayuda › Acerca de eulac-desktop, o el mensaje que se muestra tras exportar el paquete); los datos del evento se leen cuando usted confíe en ella.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="49"/>
        <source>This setup bundle holds the event below, signed by the coordinator&apos;s device. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle).</source>
        <translation>Este paquete de configuración contiene el evento de abajo, firmado por el dispositivo de la coordinación. Compruebe con la coordinación que el dispositivo y su huella son los que aparecen en su pantalla (Ayuda › Acerca de eulac-desktop, o el mensaje que se muestra tras exportar el paquete).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="58"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="59"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="60"/>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="61"/>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="62"/>
        <source>Coordinator&apos;s device:</source>
        <translation>Dispositivo de la coordinación:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="63"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>Bundle made:</source>
        <translation>Paquete creado:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="86"/>
        <source>Warning: this laptop knows the device “%1” with another key. The bundle may be forged: go on only if the coordinator confirms this fingerprint.</source>
        <translation>Atención: este equipo conoce el dispositivo «%1» con otra clave. El paquete podría estar falsificado: continúe solo si la coordinación confirma esta huella.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="91"/>
        <source>This laptop already trusts this coordinator.</source>
        <translation>Este equipo ya confía en esta coordinación.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Set up the event</source>
        <translation>&amp;Preparar el evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Trust this coordinator</source>
        <translation>&amp;Confiar en esta coordinación</translation>
    </message>
</context>
<context>
    <name>SurveyKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="83"/>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="167"/>
        <source>Answer the survey</source>
        <translation>Responder la encuesta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="209"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../eulac_desktop/ui/tasks.py" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="144"/>
        <source>P2P topics</source>
        <translation>Temas P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="149"/>
        <source>Topics and their labels</source>
        <translation>Temas y sus etiquetas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="192"/>
        <source>&amp;Import a list…</source>
        <translation>I&amp;mportar una lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="193"/>
        <source>&amp;Add a topic…</source>
        <translation>&amp;Añadir un tema…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="194"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="223"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="258"/>
        <source>Import a topics list</source>
        <translation>Importar una lista de temas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="195"/>
        <source>Add a topic</source>
        <translation>Añadir un tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="196"/>
        <source>A topic has a code (as people&apos;s offers and seeks name it) and a label in each of the event&apos;s languages. Double-click a label, or press F2, to rename or translate it; Ctrl+Z undoes.</source>
        <translation>Un tema tiene un código (como lo nombran las ofertas y búsquedas de las personas) y una etiqueta en cada idioma del evento. Haga doble clic en una etiqueta, o pulse F2, para renombrarla o traducirla; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="199"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="200"/>
        <source>Offers and seeks that name no topic</source>
        <translation>Ofertas y búsquedas que no nombran ningún tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="224"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="242"/>
        <source>Import topics</source>
        <translation>Importar temas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="246"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 añadidos, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="250"/>
        <source>Offers and seeks that name no topic:</source>
        <translation>Ofertas y búsquedas que no nombran ningún tema:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="251"/>
        <source>Topics imported</source>
        <translation>Temas importados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="259"/>
        <source>The encoding is not certain. Which way are the labels written correctly?</source>
        <translation>No se sabe con certeza cuál es la codificación. ¿En cuál de estas versiones están bien escritas las etiquetas?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, offered by %2</source>
        <translation>%1, que ofrece %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, sought by %2</source>
        <translation>%1, que busca %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="272"/>
        <source>did you mean %1?</source>
        <translation>¿quiso decir %1?</translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="73"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="82"/>
        <source>Double-click or press F2 to rename or translate</source>
        <translation>Doble clic o F2 para renombrar o traducir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="99"/>
        <source>Rename a topic</source>
        <translation>Renombrar un tema</translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="75"/>
        <source>The bundle&apos;s clock is ahead</source>
        <translation>El reloj del paquete va adelantado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="77"/>
        <source>Its changes would win over those made here until this computer&apos;s clock catches up. Import it anyway only if you know why that device&apos;s clock is ahead.</source>
        <translation>Sus cambios ganarían a los hechos aquí hasta que el reloj de este equipo lo alcance. Impórtelo de todos modos solo si sabe por qué el reloj de ese dispositivo va adelantado.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="80"/>
        <source>Import &amp;anyway</source>
        <translation>Importar de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>VotingKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="204"/>
        <source>Cast a ballot</source>
        <translation>Emitir un voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="243"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="190"/>
        <source>No poll yet: make one (Ctrl+Alt+N), or turn a challenge&apos;s clusters into one on the Ideas page.</source>
        <translation>Aún no hay votaciones: cree una (Ctrl+Alt+N) o convierta los grupos de un desafío en una votación en la página Ideas.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="196"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="197"/>
        <source>Reope&amp;n poll</source>
        <translation>Rea&amp;brir votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="199"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="200"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="373"/>
        <source>Ope&amp;n poll</source>
        <translation>A&amp;brir votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Secret ballot.</source>
        <translation>Voto secreto.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Named ballot: who voted what is stored.</source>
        <translation>Voto nominal: se guarda quién votó qué.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="224"/>
        <source>New poll</source>
        <translation>Nueva votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Open a poll</source>
        <translation>Abrir una votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Close a poll</source>
        <translation>Cerrar una votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="258"/>
        <source>Paper ballots</source>
        <translation>Votos en papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <source>How many ballots?</source>
        <translation>¿Cuántos votos en papel?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="259"/>
        <source>First serial number (1, or after those printed before):</source>
        <translation>Primer número de serie (1, o el siguiente a los ya impresos):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="263"/>
        <source>ballots</source>
        <translation>votos en papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Save the paper ballots</source>
        <translation>Guardar los votos en papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Making the paper ballots…</source>
        <translation>Creando los votos en papel…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="302"/>
        <source>Void a ballot</source>
        <translation>Anular un voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <source>Ballot (in no order: a secret poll keeps no order of casting):</source>
        <translation>Papeleta (sin orden: una votación secreta no guarda el orden de emisión):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="294"/>
        <source>Ballot (latest first):</source>
        <translation>Voto (el más reciente primero):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <source>Reason (recorded):</source>
        <translation>Motivo (queda registrado):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="345"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="346"/>
        <source>this poll has no result yet: an action plan is made from its top option once people have voted</source>
        <translation>esta votación aún no tiene resultado: el plan de acción se crea con la opción más votada cuando la gente haya votado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="357"/>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Poll</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Voted</source>
        <translation>Votaron</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="359"/>
        <source>Polls</source>
        <translation>Votaciones</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="360"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;New poll…</source>
        <translation>&amp;Nueva votación…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>Voting &amp;kiosk…</source>
        <translation>&amp;Quiosco de votación…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>&amp;Print paper ballots…</source>
        <translation>&amp;Imprimir votos en papel…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>&amp;Enter paper ballots…</source>
        <translation>&amp;Registrar votos en papel…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>Results on the p&amp;rojector</source>
        <translation>Resultados en el &amp;proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="364"/>
        <source>&amp;Void a ballot…</source>
        <translation>Anu&amp;lar un voto…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>Action plan from the &amp;top option…</source>
        <translation>Plan de acción con la opción &amp;ganadora…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>&amp;Action plans…</source>
        <translation>Planes d&amp;e acción…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="366"/>
        <source>Eval&amp;uation survey kiosk…</source>
        <translation>Q&amp;uiosco de evaluación…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="367"/>
        <source>Type evaluation an&amp;swers from paper…</source>
        <translation>Evaluaciones en papel (&amp;teclear)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="368"/>
        <source>Evaluation survey &amp;questions…</source>
        <translation>Preguntas de la e&amp;valuación…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="373"/>
        <source>Ne&amp;w poll</source>
        <translation>&amp;Nueva votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>&amp;Close poll</source>
        <translation>&amp;Cerrar votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>Voting &amp;kiosk</source>
        <translation>&amp;Quiosco de votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="375"/>
        <source>Prin&amp;t paper ballots</source>
        <translation>Imprimir vo&amp;tos en papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="376"/>
        <source>Enter p&amp;aper ballots</source>
        <translation>Re&amp;gistrar votos en papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="377"/>
        <source>&amp;Results on the projector</source>
        <translation>Resultados en el p&amp;royector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="378"/>
        <source>Voi&amp;d a ballot</source>
        <translation>Anu&amp;lar un voto</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="43"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="162"/>
        <source>Add a walk-in</source>
        <translation>Inscribir en la entrada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="46"/>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="66"/>
        <source>e.g. es; en</source>
        <translation>p. ej., es; en</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="68"/>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="69"/>
        <source>&amp;Family name</source>
        <translation>Ape&amp;llidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="71"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="72"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="73"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="74"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="77"/>
        <source>Offers (P2P topics this person can share)</source>
        <translation>Ofrece (temas P2P que esta persona puede compartir)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="78"/>
        <source>Seeks (P2P topics this person wants to learn about)</source>
        <translation>Busca (temas P2P sobre los que quiere aprender)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="80"/>
        <source>Offer&amp;s</source>
        <translation>O&amp;frece</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="81"/>
        <source>See&amp;ks</source>
        <translation>&amp;Busca</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="82"/>
        <source>Space ticks a topic; Tab goes on.</source>
        <translation>Espacio marca un tema; Tab pasa al siguiente campo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="86"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="95"/>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="90"/>
        <source>In the person&apos;s own words</source>
        <translation>Con las palabras de la persona</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="91"/>
        <source>Gender, self-described</source>
        <translation>Género, autodescrito</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="101"/>
        <source>Gen&amp;der</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="104"/>
        <source>S&amp;takeholder type</source>
        <translation>&amp;Tipo de actor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="114"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="115"/>
        <source>Add, then a&amp;nother</source>
        <translation>Añadir y &amp;seguir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="116"/>
        <source>Add and &amp;print the badge</source>
        <translation>Añadir e imprimir la cre&amp;dencial</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same name and organisation</source>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>very close name</source>
        <translation>nombre muy parecido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="157"/>
        <source>Already registered?</source>
        <translation>¿Ya está inscrito?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="184"/>
        <source>Added %1.</source>
        <translation>Añadido: %1.</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="71"/>
        <source>Camera</source>
        <extracomment>Where the green byte of a pixel is in the frame formats a camera gives (4 bytes a pixel): green is what zxing reads as the grey of a black-on-white badge, with no conversion of the frame (which took 4 times the decoding).</extracomment>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="106"/>
        <source>No camera found. Plug one in, or use the USB scanner.</source>
        <translation>No se encontró ninguna cámara. Conecte una o use el lector USB.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="135"/>
        <source>The camera stopped: %1. Check that it is plugged in and not used by another program.</source>
        <translation>La cámara se detuvo: %1. Compruebe que esté conectada y que ningún otro programa la esté usando.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
        <source>Stop the camera</source>
        <translation>Apagar la cámara</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
        <source>Start the camera</source>
        <translation>Encender la cámara</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="85"/>
        <source>%1 (missing)
%2</source>
        <translation>%1 (no encontrado)
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
        <translation>Le damos la bienvenida a eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="108"/>
        <source>Register participants, check them in, capture ideas, vote and plan peer-to-peer learning — all offline, on this laptop.</source>
        <translation>Inscribir participantes, acreditarlos, recoger ideas, votar y planificar el aprendizaje entre pares — todo sin conexión, en este equipo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="110"/>
        <source>&amp;New event…  (Ctrl+N)</source>
        <translation>&amp;Nuevo evento…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="111"/>
        <source>&amp;Open an event…  (Ctrl+O)</source>
        <translation>&amp;Abrir un evento…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="112"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation>Preparar este &amp;equipo con un paquete de configuración…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="113"/>
        <source>A second laptop for the same event: use the setup bundle the coordinator exported (Results › Export a setup bundle…)</source>
        <translation>Un segundo equipo para el mismo evento: use el paquete de configuración que exportó la coordinación (Resultados › Exportar un paquete de configuración…)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="115"/>
        <source>Open the &amp;demo event  (Ctrl+D)</source>
        <translation>Abrir el evento de &amp;demostración  (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="116"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation>Nuevo archivo &amp;maestro (coordinación)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="117"/>
        <source>A master file gathers the result bundles of several events</source>
        <translation>Un archivo maestro reúne los paquetes de resultados de varios eventos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="119"/>
        <location filename="../eulac_desktop/ui/welcome.py" line="120"/>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="121"/>
        <source>Enter opens the selected event; Delete removes it from this list.</source>
        <translation>Enter abre el evento seleccionado; Supr lo quita de esta lista.</translation>
    </message>
</context>
</TS>
