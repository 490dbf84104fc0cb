<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="154"/>
        <source>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;This device: %5&lt;br&gt;Settings and keys: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Gestiona eventos participativos — inscripción, acreditación, ideas, votación, aprendizaje P2P — sin conexión.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fuentes: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Este dispositivo: %5&lt;br&gt;Configuración y claves: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="165"/>
        <source>About eulac-desktop</source>
        <translation>Acerca de eulac-desktop</translation>
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
    <name>Controller</name>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="107"/>
        <source>Open an event</source>
        <translation>Abrir un evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="107"/>
        <source>Event files (*.eulac);;All files (*)</source>
        <translation>Archivos de evento (*.eulac);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="115"/>
        <source>Event file not found</source>
        <translation>No se encuentra el archivo del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="116"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation>“%1” ya no está ahí: puede que se haya movido, cambiado de nombre o eliminado.

¿Quitarlo de los eventos recientes?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="142"/>
        <source>Preparing the demo event…</source>
        <translation>Preparando el evento de demostración…</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="106"/>
        <source>Edit the event&apos;s name</source>
        <translation>Editar el nombre del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="106"/>
        <source>Edit the start date</source>
        <translation>Editar la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="107"/>
        <source>Edit the end date</source>
        <translation>Editar la fecha de fin</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="107"/>
        <source>Edit the venue</source>
        <translation>Editar el lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="108"/>
        <source>Edit the time zone</source>
        <translation>Editar la zona horaria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="108"/>
        <source>Edit the languages</source>
        <translation>Editar los idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="109"/>
        <source>Edit the welcome text</source>
        <translation>Editar el texto de bienvenida</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/event.py" line="146"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participante inscrito</numerusform>
            <numerusform>%n participantes inscritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="147"/>
        <source>Last change: %1 (%2)</source>
        <translation>Último cambio: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="149"/>
        <source>File: %1 (file format %2)</source>
        <translation>Archivo: %1 (formato de archivo %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="162"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Starts</source>
        <translation>&amp;Comienza</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>E&amp;nds</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="163"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="164"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="164"/>
        <source>&amp;Main language</source>
        <translation>Idioma &amp;principal</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="167"/>
        <source>&amp;Welcome text</source>
        <translation>Texto de &amp;bienvenida</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="168"/>
        <source>Shown on the projector when people arrive</source>
        <translation>Se muestra en el proyector cuando llegan las personas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="169"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="171"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="50"/>
        <source>Cannot do that</source>
        <translation>No se puede hacer eso</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="160"/>
        <source>No recent events</source>
        <translation>No hay eventos recientes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="208"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="221"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="223"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="225"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="226"/>
        <source>Open the &amp;demo event</source>
        <translation>Abrir el evento de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Close event</source>
        <translation>&amp;Cerrar evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="227"/>
        <source>Command &amp;palette…</source>
        <translation>Paleta de &amp;comandos…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Find a participant</source>
        <translation>&amp;Buscar un participante</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Projector</source>
        <translation>&amp;Proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="229"/>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="229"/>
        <source>P&amp;references…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="230"/>
        <source>&amp;About eulac-desktop</source>
        <translation>&amp;Acerca de eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="238"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="239"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="240"/>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="247"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="250"/>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="251"/>
        <source>P2P learning</source>
        <translation>Aprendizaje P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="252"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="29"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="34"/>
        <source>e.g. Co-Innovation Lab on research infrastructures</source>
        <translation>p. ej., Laboratorio de Coinnovación sobre infraestructuras de investigación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="53"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="58"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="59"/>
        <source>&amp;Starts</source>
        <translation>&amp;Comienza</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="60"/>
        <source>E&amp;nds</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="61"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="62"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="63"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="64"/>
        <source>Save &amp;as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="69"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="88"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="92"/>
        <source>Save the new event as</source>
        <translation>Guardar el nuevo evento como</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="93"/>
        <source>Event files (*.eulac)</source>
        <translation>Archivos de evento (*.eulac)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="31"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="32"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="32"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="35"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="35"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="36"/>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="36"/>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="53"/>
        <source>%n participant(s) found</source>
        <translation>
            <numerusform>%n participante encontrado</numerusform>
            <numerusform>%n participantes encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="55"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participante inscrito</numerusform>
            <numerusform>%n participantes inscritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="58"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="61"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="59"/>
        <source>Search by name, organisation or e-mail (Ctrl+F)</source>
        <translation>Buscar por nombre, organización o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="60"/>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="128"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="130"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="135"/>
        <source>The colours follow your system&apos;s light or dark theme.</source>
        <translation>Los colores siguen el tema claro u oscuro del sistema.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="138"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="139"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="52"/>
        <location filename="../eulac_desktop/ui/projector.py" line="80"/>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector.py" line="108"/>
        <source>Welcome!</source>
        <translation>¡Les damos la bienvenida!</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector.py" line="112"/>
        <source>%n participant(s) registered</source>
        <translation>
            <numerusform>%n participante inscrito</numerusform>
            <numerusform>%n participantes inscritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../eulac_desktop/ui/tasks.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="27"/>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="28"/>
        <source>Scan badges with a USB scanner or a webcam to check people in at the door and in session rooms, look people up by name, and run a check-in kiosk. This page is not built yet.</source>
        <translation>Escanear credenciales con un lector USB o una cámara web para acreditar a las personas en la entrada y en las salas de sesiones, buscar a las personas por nombre y atender un quiosco de acreditación. Esta página aún no está implementada.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="30"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="31"/>
        <source>Capture ideas for “How might we…?” challenges, cluster them into themes on a board and show them on the projector. This page is not built yet.</source>
        <translation>Recoger ideas para retos del tipo “¿Cómo podríamos…?”, agruparlas por temas en un tablero y mostrarlas en el proyector. Esta página aún no está implementada.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="33"/>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="34"/>
        <source>Run priority votes (dots, ranking, 100 points, impact/effort) with one ballot per badge, paper ballots and live results. This page is not built yet.</source>
        <translation>Organizar votaciones de prioridades (puntos, orden de preferencia, 100 puntos, impacto/esfuerzo) con un voto por credencial, votos en papel y resultados en tiempo real. Esta página aún no está implementada.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="36"/>
        <source>P2P learning</source>
        <translation>Aprendizaje P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="37"/>
        <source>Match what people offer with what others seek, plan rounds of small mixed EU/LAC tables and print everyone&apos;s agenda. This page is not built yet.</source>
        <translation>Emparejar lo que unas personas ofrecen con lo que otras buscan, planificar rondas de mesas pequeñas y mixtas UE/ALC e imprimir la agenda de cada persona. Esta página aún no está implementada.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="39"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/upcoming.py" line="40"/>
        <source>Export signed result bundles, merge bundles from several laptops and events, and produce the outcome report (PDF) and data (CSV/XLSX). This page is not built yet.</source>
        <translation>Exportar paquetes de resultados firmados, combinar paquetes de varios equipos y eventos, y generar el informe de resultados (PDF) y los datos (CSV/XLSX). Esta página aún no está implementada.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="79"/>
        <source>%1 (missing)
%2</source>
        <translation>%1 (no encontrado)
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
        <translation>Le damos la bienvenida a eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="102"/>
        <source>Register participants, check them in, capture ideas, vote and plan peer-to-peer learning — all offline, on this laptop.</source>
        <translation>Inscribir participantes, acreditarlos, recoger ideas, votar y planificar el aprendizaje entre pares — todo sin conexión, en este equipo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="104"/>
        <source>&amp;New event…  (Ctrl+N)</source>
        <translation>&amp;Nuevo evento…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="105"/>
        <source>&amp;Open an event…  (Ctrl+O)</source>
        <translation>&amp;Abrir un evento…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="106"/>
        <source>Open the &amp;demo event  (Ctrl+D)</source>
        <translation>Abrir el evento de &amp;demostración  (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="107"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="108"/>
        <location filename="../eulac_desktop/ui/welcome.py" line="109"/>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="110"/>
        <source>Enter opens the selected event; Delete removes it from this list.</source>
        <translation>Enter abre el evento seleccionado; Supr lo quita de esta lista.</translation>
    </message>
</context>
</TS>
