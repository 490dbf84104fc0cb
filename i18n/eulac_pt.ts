<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>About</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="172"/>
        <source>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Runs participatory events — registration, check-in, ideas, voting, P2P learning — offline.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;This device: %5&lt;br&gt;Settings and keys: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;eulac-desktop %1&lt;/h3&gt;&lt;p&gt;Conduz eventos participativos — inscrição, credenciamento, ideias, votação, aprendizagem P2P — sem conexão.&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3 · %4&lt;/p&gt;&lt;p&gt;Fontes: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;&lt;p&gt;Este dispositivo: %5&lt;br&gt;Configurações e chaves: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="183"/>
        <source>The log, to send with a problem report: %1</source>
        <translation>O registro, para enviar com um relato de problema: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="185"/>
        <source>About eulac-desktop</source>
        <translation>Sobre o eulac-desktop</translation>
    </message>
</context>
<context>
    <name>ActionPlansDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="177"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="191"/>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Lead</source>
        <translation>Liderança</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Pairing</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="189"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Flagged</source>
        <translation>Sinalizado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="190"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Novo plano…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="194"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="198"/>
        <source>Show on the &amp;projector</source>
        <translation>Mostrar no p&amp;rojetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="257"/>
        <source>Delete the action plan</source>
        <translation>Excluir o plano de ação</translation>
    </message>
</context>
<context>
    <name>AddTopicDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="110"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="133"/>
        <source>Add a topic</source>
        <translation>Adicionar um tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="113"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="114"/>
        <source>e.g. CLIMATE</source>
        <translation>p. ex. CLIMA</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="116"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="120"/>
        <source>Label in %1</source>
        <translation>Rótulo em %1</translation>
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
            <numerusform>há %n s</numerusform>
            <numerusform>há %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="77"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="78"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="55"/>
        <source>Print badges</source>
        <translation>Imprimir crachás</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="61"/>
        <source>&amp;Layout</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="63"/>
        <source>Make the PDF…</source>
        <translation>Criar o PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/badge_print.py" line="67"/>
        <source>%n badge(s) will be made as a PDF: choose where to save it, then print it.</source>
        <translation>
            <numerusform>Será criado %n crachá em PDF: escolha onde salvá-lo e depois imprima-o.</numerusform>
            <numerusform>Serão criados %n crachás em PDF: escolha onde salvá-lo e depois imprima-o.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="74"/>
        <source>Names that cannot be printed whole</source>
        <extracomment>who cannot have their name printed whole (empty, and hidden, when everyone can)</extracomment>
        <translation>Nomes que não podem ser impressos por inteiro</translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="33"/>
        <source>(%1 more)</source>
        <translation>(mais %1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="34"/>
        <source>These names cannot be printed whole: no font has some of their letters, so “?” stands in their place on the badge:</source>
        <translation>Estes nomes não podem ser impressos por inteiro: nenhuma fonte tem algumas das suas letras, e no crachá aparece “?” no lugar delas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="41"/>
        <source>A4, 8 badges per sheet (with cut marks)</source>
        <translation>A4, 8 crachás por folha (com marcas de corte)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="42"/>
        <source>A4, 4 A6 badges per sheet (fold and cut)</source>
        <translation>A4, 4 crachás A6 por folha (dobrar e cortar)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="43"/>
        <source>A6, one badge per page</source>
        <translation>A6, um crachá por página</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="44"/>
        <source>US Letter, 6 badges per sheet (4 × 3 in)</source>
        <translation>Carta (EUA), 6 crachás por folha (4 × 3 pol.)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="45"/>
        <source>Label roll, 62 mm wide (Brother QL and similar)</source>
        <translation>Rolo de etiquetas de 62 mm (Brother QL e similares)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="46"/>
        <source>Labels, 4 × 3 in</source>
        <translation>Etiquetas de 4 × 3 pol.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="93"/>
        <source>Print badges</source>
        <translation>Imprimir crachás</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="99"/>
        <source>badge</source>
        <translation>crachá</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="101"/>
        <source>badges</source>
        <translation>crachás</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="102"/>
        <source>Save the badges</source>
        <translation>Salvar os crachás</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/badge_print.py" line="103"/>
        <source>Making badges…</source>
        <translation>Gerando os crachás…</translation>
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
        <translation>Rodada %1: encontre sua mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="189"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="216"/>
        <source>Round %1: tables and topics</source>
        <translation>Rodada %1: mesas e temas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="267"/>
        <source>Join from your phone</source>
        <translation>Entre pelo seu celular</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="272"/>
        <source>Scan the code or type the address, then enter the phone code printed on your badge.</source>
        <translation>Escaneie o código ou digite o endereço e depois informe o código para o celular impresso no seu crachá.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="278"/>
        <source>%1 of %2 have voted</source>
        <translation>%1 de %2 já votaram</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="300"/>
        <source>Roadmap: our action plans</source>
        <translation>Roteiro: nossos planos de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="303"/>
        <source>No action plans yet.</source>
        <translation>Ainda não há planos de ação.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="320"/>
        <source>and %n more plan(s)</source>
        <translation>
            <numerusform>e mais %n plano</numerusform>
            <numerusform>e mais %n planos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="333"/>
        <source>Welcome!</source>
        <translation>Boas-vindas!</translation>
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
        <translation>Chegaram %1 de %2 participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="358"/>
        <source>Time is up</source>
        <translation>O tempo acabou</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="363"/>
        <source>%n idea(s) so far</source>
        <translation>
            <numerusform>%n ideia até agora</numerusform>
            <numerusform>%n ideias até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="378"/>
        <source>%n idea(s) not yet in a cluster</source>
        <translation>
            <numerusform>%n ideia ainda sem grupo</numerusform>
            <numerusform>%n ideias ainda sem grupo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="381"/>
        <location filename="../eulac_desktop/ui/projector_screens.py" line="410"/>
        <source>No clusters yet</source>
        <translation>Ainda não há grupos</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/projector_screens.py" line="401"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n ideia</numerusform>
            <numerusform>%n ideias</numerusform>
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
        <translation>Sem assinatura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="102"/>
        <source>Edit the organiser who signs</source>
        <translation>Editar quem assina</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="109"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="167"/>
        <source>Choose the signature image</source>
        <translation>Escolher a imagem da assinatura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="111"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <source>Set the signature image</source>
        <translation>Definir a imagem da assinatura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="126"/>
        <location filename="../eulac_desktop/ui/certificates.py" line="169"/>
        <source>Remove the signature image</source>
        <translation>Remover a imagem da assinatura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="139"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="140"/>
        <source>nobody gets one yet: certificates are for people who checked in (and attended enough sessions and hours)</source>
        <translation>ninguém recebe um ainda: os certificados são para quem fez o check-in (e participou de sessões e horas suficientes)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="142"/>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Save the certificates</source>
        <translation>Salvar os certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="151"/>
        <source>Making certificates…</source>
        <translation>Gerando certificados…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="162"/>
        <source>O&amp;rganiser (signs)</source>
        <translation>&amp;Organização (assina)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="163"/>
        <source>Name printed under the signature on the certificates</source>
        <translation>Nome impresso sob a assinatura nos certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="164"/>
        <source>Organiser who signs the certificates</source>
        <translation>Quem assina os certificados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="165"/>
        <source>Si&amp;gnature</source>
        <translation>A&amp;ssinatura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="166"/>
        <source>Choose an image…</source>
        <translation>Escolher uma imagem…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="168"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="170"/>
        <source>Signature image</source>
        <translation>Imagem da assinatura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="171"/>
        <source>&amp;Certificates</source>
        <translation>Certifica&amp;dos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="172"/>
        <source>at least </source>
        <translation>pelo menos </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/certificates.py" line="183"/>
        <source> session(s)</source>
        <translation>
            <numerusform> sessão</numerusform>
            <numerusform> sessões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="173"/>
        <source>Only people who attended at least this many sessions</source>
        <translation>Somente quem participou de pelo menos este número de sessões</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="174"/>
        <source>and </source>
        <translation>e </translation>
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
        <translation>Apenas quem participou de pelo menos estas horas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/certificates.py" line="176"/>
        <source>Make attendance certificates…</source>
        <translation>Gerar certificados de participação…</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>Challenge</source>
        <translation>Desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="33"/>
        <source>New challenge</source>
        <translation>Novo desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="36"/>
        <source>How might we…?</source>
        <translation>Como poderíamos…?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="43"/>
        <source>No countdown</source>
        <translation>Sem contagem regressiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="44"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="46"/>
        <source>No session</source>
        <translation>Sem sessão</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Question:</source>
        <translation>&amp;Pergunta:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="50"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Time box:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="51"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sessão:</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="107"/>
        <source>Check in at</source>
        <translation>Credenciar em</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="109"/>
        <source>Desk 1</source>
        <translation>Mesa 1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="113"/>
        <source>Badge code</source>
        <translation>Código do crachá</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in</source>
        <translation>Credenciar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="209"/>
        <source>Check in %1</source>
        <translation>Credenciar %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="213"/>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="297"/>
        <source>Not saved</source>
        <translation>Não foi salvo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="223"/>
        <source>Welcome!</source>
        <translation>Boas-vindas!</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="225"/>
        <source>At %1, %2</source>
        <translation>Às %1, %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="227"/>
        <source>Already checked in</source>
        <translation>Credenciamento já registrado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="229"/>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="313"/>
        <source>Checked in: %1 of %2</source>
        <translation>Credenciados: %1 de %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="323"/>
        <source>In this session: %1</source>
        <translation>Nesta sessão: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="328"/>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="335"/>
        <source>The event&apos;s entrance</source>
        <translation>A entrada do evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="353"/>
        <source>Check-in</source>
        <translation>Credenciamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="354"/>
        <source>Check in &amp;at</source>
        <translation>Crede&amp;nciar em</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="355"/>
        <source>&amp;Desk</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="356"/>
        <source>&amp;Badge</source>
        <translation>&amp;Crachá</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="357"/>
        <source>Scan a badge (the scanner works wherever the cursor is)</source>
        <translation>Escaneie um crachá (o leitor funciona onde quer que esteja o cursor)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="358"/>
        <source>Forgot their badge? Find them by &amp;name (Ctrl+L):</source>
        <translation>A pessoa esqueceu o crachá? &amp;Localize-a pelo nome (Ctrl+L):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="360"/>
        <source>&amp;Check in</source>
        <translation>Cre&amp;denciar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="359"/>
        <source>Name, organisation or e-mail</source>
        <translation>Nome, organização ou e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="361"/>
        <source>Find a participant to check in</source>
        <translation>Localizar um participante para credenciá-lo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="362"/>
        <source>Start the &amp;kiosk…</source>
        <translation>Iniciar o &amp;quiosque…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="363"/>
        <source>&amp;Sound</source>
        <translation>&amp;Som</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="364"/>
        <source>&amp;Webcam</source>
        <translation>&amp;Webcam</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="365"/>
        <source>Sessions and attendance &amp;lists…</source>
        <translation>Sessões e lis&amp;tas de presença…</translation>
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
        <translation>Digite um comando…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="27"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/palette.py" line="36"/>
        <source>Matching commands</source>
        <translation>Comandos correspondentes</translation>
    </message>
</context>
<context>
    <name>ConnectLaptopsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="121"/>
        <source>Connect laptops</source>
        <translation>Conectar notebooks</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="123"/>
        <source>The laptops of this event keep in step through a shared folder: each writes what it records there and takes in what the others wrote, within seconds. Syncthing copies the folder between the laptops over the venue network, with no internet and no server; any other shared folder works too.</source>
        <translation>Os notebooks deste evento ficam em dia por meio de uma pasta compartilhada: cada um escreve nela o que registra e recebe o que os outros escreveram, em segundos. O Syncthing copia a pasta entre os notebooks pela rede do local, sem internet nem servidor; qualquer outra pasta compartilhada também serve.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="128"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="131"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="316"/>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="132"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="133"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="263"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="319"/>
        <source>Choose the sync folder</source>
        <translation>Escolher a pasta de sincronização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="139"/>
        <source>This laptop in Syncthing</source>
        <translation>Este notebook no Syncthing</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="140"/>
        <source>Looking for Syncthing…</source>
        <translation>Procurando o Syncthing…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="145"/>
        <source>This laptop&apos;s device id</source>
        <translation>Id de dispositivo deste notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="146"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="147"/>
        <source>Copy this laptop&apos;s device id</source>
        <translation>Copiar o id de dispositivo deste notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="151"/>
        <source>QR code of this laptop&apos;s device id</source>
        <translation>Código QR do id de dispositivo deste notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="153"/>
        <source>Type or paste the other laptop&apos;s device id</source>
        <translation>Digite ou cole o id de dispositivo do outro notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="154"/>
        <source>Device id of a laptop to add</source>
        <translation>Id de dispositivo de um notebook a adicionar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="156"/>
        <source>&amp;Add laptop</source>
        <translation>&amp;Adicionar notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="157"/>
        <source>Add the laptop with this device id</source>
        <translation>Adicionar o notebook com este id de dispositivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="159"/>
        <source>Sca&amp;n its code…</source>
        <translation>Escanear o códi&amp;go…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="160"/>
        <source>Scan the other laptop&apos;s QR code with the webcam</source>
        <translation>Escanear com a webcam o código QR do outro notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="173"/>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="177"/>
        <source>Laptops of the room</source>
        <translation>Notebooks da sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Laptop</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Last delta received</source>
        <translation>Último delta recebido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="175"/>
        <source>Lag</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="176"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="186"/>
        <source>&amp;Trust the selected laptop…</source>
        <translation>&amp;Confiar no notebook escolhido…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="187"/>
        <source>Trust the selected laptop</source>
        <translation>Confiar no notebook escolhido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="190"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="191"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="235"/>
        <source>Syncthing is not installed on this laptop.</source>
        <translation>O Syncthing não está instalado neste notebook.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="247"/>
        <source>Show this id to the other laptops (or let them scan the code), and add theirs below.</source>
        <translation>Mostre este id aos outros notebooks (ou deixe que escaneiem o código) e adicione os deles abaixo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="286"/>
        <source>Scan the other laptop&apos;s code</source>
        <translation>Escanear o código do outro notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="288"/>
        <source>Hold the other laptop&apos;s screen, showing its code, up to the camera.</source>
        <translation>Coloque diante da câmera a tela do outro notebook mostrando o código.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="312"/>
        <source>(none yet)</source>
        <translation>(nenhuma ainda)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="339"/>
        <source>%1 (no longer trusted)</source>
        <translation>%1 (não é mais confiável)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="341"/>
        <source>%1 (not trusted yet: %2)</source>
        <translation>%1 (ainda não é confiável: %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="342"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="364"/>
        <source>Trust this laptop?</source>
        <translation>Confiar neste notebook?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="365"/>
        <source>Trust “%1” only if its screen shows the same fingerprint:

%2

(eulac device show, or About on that laptop.)</source>
        <translation>Confie em “%1” somente se a tela dele mostrar a mesma impressão digital:

%2

(eulac device show, ou Sobre naquele notebook.)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="142"/>
        <source>This file has been removed from the recent events.</source>
        <translation>Este arquivo foi retirado dos eventos recentes.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="198"/>
        <source>Open an event</source>
        <translation>Abrir um evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="199"/>
        <source>Event files (*.eulac);;Setup bundles (*.zip);;All files (*)</source>
        <translation>Arquivos de evento (*.eulac);;Pacotes de configuração (*.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="207"/>
        <source>Event file not found</source>
        <translation>Arquivo do evento não encontrado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="208"/>
        <source>“%1” is no longer there: it may have been moved, renamed or deleted.

Remove it from the recent events?</source>
        <translation>“%1” não está mais lá: pode ter sido movido, renomeado ou excluído.

Removê-lo dos eventos recentes?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>New master file</source>
        <translation>Novo arquivo mestre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="250"/>
        <source>Programme name:</source>
        <translation>Nome do programa:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="254"/>
        <source>Save the master file</source>
        <translation>Salvar o arquivo mestre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="255"/>
        <source>Event files (*.eulac)</source>
        <translation>Arquivos de evento (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/app.py" line="277"/>
        <source>Preparing the demo event…</source>
        <translation>Preparando o evento de demonstração…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="20"/>
        <source>It happened during “%1”.</source>
        <translation>Aconteceu durante “%1”.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="26"/>
        <source>It happened on the %1 page.</source>
        <translation>Aconteceu na página %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="28"/>
        <source>It happened in “%1”.</source>
        <translation>Aconteceu em “%1”.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="44"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="46"/>
        <source>Something went wrong that the app did not expect.</source>
        <translation>Algo deu errado de um jeito que o aplicativo não esperava.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="52"/>
        <source>Your data is safe: every change is saved as it is made. You can carry on; if it happens again, close the event and open it again.</source>
        <translation>Seus dados estão seguros: cada alteração é salva no momento em que é feita. Você pode continuar; se acontecer de novo, feche o evento e abra-o outra vez.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="57"/>
        <source>The details are in the log file: %1</source>
        <translation>Os detalhes estão no arquivo de registro: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="59"/>
        <source>The details could not be written to the log file (%1). Copy them with “Copy details” to send with your report: they are below.</source>
        <translation>Os detalhes não puderam ser gravados no arquivo de registro (%1). Copie-os com “Copiar os detalhes” para enviá-los com o seu relatório: estão aqui embaixo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="62"/>
        <source>This computer keeps no log file. Copy the details with “Copy details” to send with your report: they are below.</source>
        <translation>Este computador não mantém arquivo de registro. Copie os detalhes com “Copiar os detalhes” para enviá-los com o seu relatório: estão aqui embaixo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="70"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="74"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar os detalhes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="75"/>
        <source>&amp;Open the log folder</source>
        <translation>&amp;Abrir a pasta do registro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="94"/>
        <source>This has happened %n time(s).</source>
        <translation>
            <numerusform>Isto aconteceu %n vez.</numerusform>
            <numerusform>Isto aconteceu %n vezes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/crash_dialog.py" line="96"/>
        <source>%n other error(s) happened meanwhile (they are in the log too).</source>
        <translation>
            <numerusform>Enquanto isso, aconteceu %n outro erro (também está no registro).</numerusform>
            <numerusform>Enquanto isso, aconteceram %n outros erros (também estão no registro).</numerusform>
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
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="156"/>
        <source>Role</source>
        <translation>Função</translation>
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
        <translation>Pacotes recebidos (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="213"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Attendance</source>
        <translation>Presença</translation>
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
        <translation>Credenciamentos duplos (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="215"/>
        <location filename="../eulac_desktop/ui/dashboard.py" line="255"/>
        <source>KPIs by gender and stakeholder</source>
        <translation>Indicadores por gênero e tipo de ator</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="216"/>
        <source>Roadmap (%1)</source>
        <translation>Roteiro (%1)</translation>
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
        <translation>Começa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="219"/>
        <source>Venue</source>
        <translation>Local</translation>
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
        <translation>Credenciados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="220"/>
        <source>Ideas</source>
        <translation>Ideias</translation>
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
        <translation>Último pacote</translation>
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
        <translation>Impressão digital</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="222"/>
        <source>Bundles</source>
        <translation>Pacotes</translation>
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
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="224"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>Rows changed</source>
        <translation>Linhas alteradas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="225"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>By</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="226"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Poll</source>
        <translation>Votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="228"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>Eligible</source>
        <translation>Com direito a voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="229"/>
        <source>First</source>
        <translation>Primeiro lugar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="230"/>
        <source>Counted</source>
        <translation>Credenciamento válido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="231"/>
        <source>Also checked in (superseded)</source>
        <translation>Também credenciada (substituído)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="232"/>
        <source>Stakeholder type</source>
        <translation>Tipo de ator</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="233"/>
        <source>Attended</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="234"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Pairing</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="235"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="244"/>
        <source>S&amp;tatus of the chosen plan</source>
        <translation>Si&amp;tuação do plano escolhido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="245"/>
        <source>Status of the chosen plan</source>
        <translation>Situação do plano escolhido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="246"/>
        <source>Set the status</source>
        <translation>Mudar a situação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="247"/>
        <source>A later event&apos;s news: move the chosen plan to planned, started or done</source>
        <translation>Novidades de um evento posterior: passar o plano escolhido para previsto, em andamento ou concluído</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="248"/>
        <source>Registered and attended across the events, by gender, region and stakeholder type; groups of 1 to 4 people are shown as “fewer than 5”.</source>
        <translation>Inscritos e presentes em todos os eventos, por gênero, região e tipo de ator; grupos de 1 a 4 pessoas aparecem como “menos de 5”.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="250"/>
        <source>People checked in on more than one laptop: the earliest check-in counts, the others are kept as superseded.</source>
        <translation>Pessoas credenciadas em mais de um computador: conta o credenciamento mais antigo; os demais são mantidos como substituídos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="252"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="253"/>
        <source>Bundles received</source>
        <translation>Pacotes recebidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="254"/>
        <source>Double check-ins</source>
        <translation>Credenciamentos duplos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="256"/>
        <source>Roadmap</source>
        <translation>Roteiro</translation>
    </message>
</context>
<context>
    <name>DeviceNameDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="91"/>
        <source>Name this laptop</source>
        <translation>Dê um nome a este notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="92"/>
        <source>Give this laptop a name that people in the room will recognise, such as “Desk 2” or “Registration”. It is shown wherever this laptop&apos;s bundles arrive.</source>
        <translation>Dê a este notebook um nome que as pessoas na sala reconheçam, como “Mesa 2” ou “Credenciamento”. Ele aparece onde quer que cheguem os pacotes deste notebook.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="98"/>
        <source>Laptop name</source>
        <translation>Nome do notebook</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="43"/>
        <source>Likely duplicates</source>
        <translation>Possíveis duplicados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="84"/>
        <source>Merge, keep the &amp;first</source>
        <translation>Mesclar, manter o &amp;primeiro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="85"/>
        <source>Merge, keep the &amp;second</source>
        <translation>Mesclar, manter o &amp;segundo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="86"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Não é a mesma pessoa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="87"/>
        <source>S&amp;kip</source>
        <translation>Pu&amp;lar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="88"/>
        <source>The two records</source>
        <translation>Os dois registros</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>First</source>
        <translation>Primeiro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="89"/>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="91"/>
        <source>Checked in?</source>
        <translation>Fez check-in?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="92"/>
        <source>A merge keeps one record and completes it from the other; Ctrl+Z undoes it. “Not the same person” is remembered in this event file: the pair is not flagged again.</source>
        <translation>Uma mesclagem mantém um registro e o completa com o outro; Ctrl+Z a desfaz. “Não é a mesma pessoa” fica registrado neste arquivo do evento: o par não é mais sinalizado.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="107"/>
        <source>No likely duplicates left to review.</source>
        <translation>Não há mais possíveis duplicados a revisar.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name and organisation</source>
        <translation>mesmo nome e organização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="110"/>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="111"/>
        <source>very close name</source>
        <translation>nome muito parecido</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="112"/>
        <source>%n pair(s) to review.</source>
        <translation>
            <numerusform>%n par a revisar.</numerusform>
            <numerusform>%n pares a revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="113"/>
        <source>Are these one person? (%1)</source>
        <translation>São uma só pessoa? (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="123"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/duplicates_dialog.py" line="145"/>
        <source>Not the same person</source>
        <translation>Não é a mesma pessoa</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the event&apos;s name</source>
        <translation>Editar o nome do evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="123"/>
        <source>Edit the start date</source>
        <translation>Editar a data de início</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the end date</source>
        <translation>Editar a data de término</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="124"/>
        <source>Edit the venue</source>
        <translation>Editar o local</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the time zone</source>
        <translation>Editar o fuso horário</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="125"/>
        <source>Edit the languages</source>
        <translation>Editar os idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="126"/>
        <source>Edit the welcome text</source>
        <translation>Editar o texto de boas-vindas</translation>
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
        <translation>Última alteração: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="165"/>
        <source>File: %1 (file format %2)</source>
        <translation>Arquivo: %1 (formato de arquivo %2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="192"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Starts</source>
        <translation>&amp;Começa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>En&amp;ds</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="193"/>
        <source>Ven&amp;ue</source>
        <translation>&amp;Local</translation>
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
        <translation>Texto de &amp;boas-vindas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="198"/>
        <source>Shown on the projector when people arrive</source>
        <translation>Exibido no projetor quando as pessoas chegam</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="202"/>
        <source>Event name</source>
        <translation>Nome do evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/event.py" line="204"/>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="214"/>
        <source>This computer keeps no log file: the details button shows the details, to copy into your report.</source>
        <translation>Este computador não mantém arquivo de registro: o botão de detalhes os mostra, para copiá-los no seu relatório.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="216"/>
        <source>The details could not be written to the log file (%1): the details button shows them, to copy into your report.</source>
        <translation>Os detalhes não puderam ser gravados no arquivo de registro (%1): o botão de detalhes os mostra, para copiá-los no seu relatório.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="228"/>
        <source>Cannot do that</source>
        <translation>Não é possível fazer isso</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/session.py" line="204"/>
        <source>The details are in the log file: %1</source>
        <extracomment>(text): a change that has no undo was made; the undo history ends there (`barrier` holds its text) the text of the last change that could not be undone: the undo history begins after it (&quot;&quot; if none)</extracomment>
        <translation>Os detalhes estão no arquivo de registro: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="117"/>
        <source>Rate a round</source>
        <translation>Avaliar uma rodada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/feedback_kiosk.py" line="160"/>
        <source>Wrong PIN</source>
        <translation>PIN incorreto</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="79"/>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="83"/>
        <source>Idea</source>
        <translation>Ideia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="95"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
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
        <translation>Duplicatas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/ideas_dialogs.py" line="108"/>
        <source>Marked as the same idea:</source>
        <translation>Marcadas como a mesma ideia:</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="398"/>
        <source>Add a challenge (Ctrl+Alt+N) to start capturing ideas.</source>
        <translation>Adicione um desafio (Ctrl+Alt+N) para começar a coletar ideias.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="410"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n ideia</numerusform>
            <numerusform>%n ideias</numerusform>
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
        <translation>As setas percorrem os cartões, o número de um grupo os leva para esse grupo (0: sem grupo), Enter abre um cartão, Espaço + arrastar desloca o quadro.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="236"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="416"/>
        <source>Cl&amp;ose challenge</source>
        <translation>&amp;Fechar desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="417"/>
        <source>Re&amp;open challenge</source>
        <translation>Rea&amp;brir desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Stop co&amp;untdown</source>
        <translation>Parar contagem &amp;regressiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="238"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="418"/>
        <source>Start co&amp;untdown</source>
        <translation>Iniciar contagem &amp;regressiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="428"/>
        <source>0 · Unsorted (%1)</source>
        <translation>0 · Sem grupo (%1)</translation>
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
        <translation>Adicionar um desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="469"/>
        <source>Edit a challenge</source>
        <translation>Editar um desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Close a challenge</source>
        <translation>Encerrar um desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="478"/>
        <source>Reopen a challenge</source>
        <translation>Reabrir um desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="511"/>
        <source>Badge refused: %1</source>
        <translation>Crachá recusado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="519"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="538"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Adicionar %n ideia</numerusform>
            <numerusform>Adicionar %n ideias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="524"/>
        <source>Added %n idea(s).</source>
        <translation>
            <numerusform>%n ideia adicionada.</numerusform>
            <numerusform>%n ideias adicionadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="535"/>
        <source>Paste ideas</source>
        <translation>Colar ideias</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="536"/>
        <source>The text has %n line(s). Add one idea per line?</source>
        <translation>
            <numerusform>O texto tem %n linha. Adicionar uma ideia por linha?</numerusform>
            <numerusform>O texto tem %n linhas. Adicionar uma ideia por linha?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="539"/>
        <source>Keep as one idea</source>
        <translation>Manter como uma só ideia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="580"/>
        <source>Author of the next idea: %1</source>
        <translation>Autor da próxima ideia: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="591"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="629"/>
        <source>New cluster</source>
        <translation>Novo grupo</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="594"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="597"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="608"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Mover %n cartão</numerusform>
            <numerusform>Mover %n cartões</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="606"/>
        <source>There is no cluster %1.</source>
        <translation>Não existe o grupo %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="627"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Name of the cluster:</source>
        <translation>Nome do grupo:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="643"/>
        <source>Rename cluster</source>
        <translation>Renomear grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="645"/>
        <source>Rename a cluster</source>
        <translation>Renomear um grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="657"/>
        <source>Colour a cluster</source>
        <translation>Mudar a cor de um grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="242"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="663"/>
        <source>Merge clusters</source>
        <translation>Mesclar grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="668"/>
        <source>Delete a cluster</source>
        <translation>Excluir um grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="680"/>
        <source>Reorder clusters</source>
        <translation>Reordenar os grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="252"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="687"/>
        <source>Mark duplicates</source>
        <translation>Marcar como duplicatas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="244"/>
        <source>Merge</source>
        <comment>toolbar: merge clusters</comment>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="254"/>
        <source>Duplicates</source>
        <comment>toolbar: mark duplicates</comment>
        <translation>Duplicatas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="693"/>
        <source>Separate duplicates</source>
        <translation>Separar duplicatas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="263"/>
        <source>Make an action plan from the selection…</source>
        <translation>Criar um plano de ação com a seleção…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="414"/>
        <source>Open for ideas</source>
        <translation>Aberto a ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="415"/>
        <source>Closed to new ideas</source>
        <translation>Fechado a ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Stop the countdown</source>
        <translation>Parar a contagem regressiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="486"/>
        <source>Start the countdown</source>
        <translation>Iniciar a contagem regressiva</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="698"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Excluir %n ideia</numerusform>
            <numerusform>Excluir %n ideias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="710"/>
        <source>Edit an idea</source>
        <translation>Editar uma ideia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Planilha (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="719"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a picture (*.png)</source>
        <translation>Quadro como imagem (*.png)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="720"/>
        <source>Board as a PDF (*.pdf)</source>
        <translation>Quadro como PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="726"/>
        <source>ideas</source>
        <translation>ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="727"/>
        <source>Export ideas</source>
        <translation>Exportar ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="745"/>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="759"/>
        <source>Poll from clusters</source>
        <translation>Votação a partir dos grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="756"/>
        <source>Title of the poll:</source>
        <translation>Título da votação:</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="763"/>
        <source>Poll “%1” created with %n option(s), as a draft: open it on the Voting page.</source>
        <translation>
            <numerusform>Votação “%1” criada com %n opção, como rascunho: abra-a na página Votação.</numerusform>
            <numerusform>Votação “%1” criada com %n opções, como rascunho: abra-a na página Votação.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="797"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="799"/>
        <source>The challenge and its countdown</source>
        <translation>O desafio e sua contagem regressiva</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="800"/>
        <source>The board of clusters</source>
        <translation>O quadro de grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="803"/>
        <source>Cluster: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="823"/>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="824"/>
        <source>Challen&amp;ge:</source>
        <translation>&amp;Desafio:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="825"/>
        <source>Challenge</source>
        <translation>Desafio</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="826"/>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="827"/>
        <source>Type an idea and press Enter…</source>
        <translation>Digite uma ideia e pressione Enter…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="828"/>
        <source>New idea</source>
        <translation>Nova ideia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="829"/>
        <source>Enter adds the idea · Ctrl+Enter starts a new line · paste a list to add one idea per line · scan a badge to set the author</source>
        <translation>Enter adiciona a ideia · Ctrl+Enter inicia uma nova linha · cole uma lista para adicionar uma ideia por linha · escaneie um crachá para definir o autor</translation>
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
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="833"/>
        <source>Scan a badge or type a name</source>
        <translation>Escaneie um crachá ou digite um nome</translation>
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
        <translation>Adi&amp;cionar ideia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="838"/>
        <source>Projector</source>
        <translation>Projetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="839"/>
        <source>What the projector shows</source>
        <translation>O que o projetor exibe</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="840"/>
        <source>Projector screen</source>
        <translation>Tela do projetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="841"/>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="842"/>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="233"/>
        <source>&amp;New challenge…</source>
        <translation>&amp;Novo desafio…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="235"/>
        <source>Edit &amp;challenge…</source>
        <translation>Editar desaf&amp;io…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="239"/>
        <source>Capture an idea</source>
        <translation>Capturar uma ideia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="245"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="246"/>
        <source>Cluster colour…</source>
        <translation>Cor do grupo…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="247"/>
        <source>Move cluster left</source>
        <translation>Mover o grupo para a esquerda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="249"/>
        <source>Move cluster right</source>
        <translation>Mover o grupo para a direita</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="251"/>
        <source>Delete cluster</source>
        <translation>Excluir o grupo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="256"/>
        <source>Delete ideas</source>
        <translation>Excluir ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="258"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="259"/>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="260"/>
        <source>Fit the board</source>
        <translation>Ver o quadro inteiro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="261"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="262"/>
        <source>Make a poll…</source>
        <translation>Criar uma votação…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="265"/>
        <source>Previous screen</source>
        <translation>Tela anterior</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="267"/>
        <source>Next screen</source>
        <translation>Próxima tela</translation>
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
        <translation>Um novo grupo com os cartões selecionados, retirados de onde estavam: assim também se divide um grupo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="243"/>
        <source>Merge the selected clusters into the first one (Ctrl+Shift+G)</source>
        <translation>Mesclar os grupos selecionados no primeiro (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/ideas.py" line="253"/>
        <source>Show the selected cards as one idea; each keeps its text and author (Ctrl+Shift+D)</source>
        <translation>Mostrar os cartões selecionados como uma só ideia; cada um mantém seu texto e seu autor (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="54"/>
        <source>Import a list of participants</source>
        <translation>Importar uma lista de participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="60"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="417"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
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
        <translation>&amp;Escolher um arquivo…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="92"/>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="95"/>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="104"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="107"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Planilha</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="108"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="111"/>
        <source>Choose the organisers&apos; list: CSV, TSV or TXT (any separator and encoding), or an Excel or LibreOffice spreadsheet (XLSX, XLS, ODS).</source>
        <translation>Escolha a lista dos organizadores: CSV, TSV ou TXT (qualquer separador e codificação) ou uma planilha do Excel ou do LibreOffice (XLSX, XLS, ODS).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="124"/>
        <source>Choose the list</source>
        <translation>Escolher a lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="125"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="140"/>
        <source>Reading the list…</source>
        <translation>Lendo a lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="159"/>
        <source>The encoding is not certain. Which way are the names written correctly?</source>
        <translation>Não é possível saber a codificação com certeza. Em qual destas versões os nomes estão escritos corretamente?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="163"/>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="175"/>
        <source>Check which field each column holds. Columns set to “Ignore” are not imported.</source>
        <translation>Verifique qual campo cada coluna contém. As colunas marcadas como “Ignorar” não são importadas.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="180"/>
        <source>Columns of the list</source>
        <translation>Colunas da lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="183"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Column in the list</source>
        <translation>Coluna da lista</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="196"/>
        <source>First values</source>
        <translation>Primeiros valores</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="199"/>
        <source>(column %1)</source>
        <translation>(coluna %1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="201"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="205"/>
        <source>Field of column %1</source>
        <translation>Campo da coluna %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="243"/>
        <source>Preview of the first rows, as they will be read:</source>
        <translation>Pré-visualização das primeiras linhas, como serão lidas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="256"/>
        <source>Updates: tick the people to update, untick to keep the current record</source>
        <translation>Atualizações: marque quem atualizar; desmarque para manter o registro atual</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="258"/>
        <source>Update &amp;all</source>
        <translation>Atualizar &amp;todos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="259"/>
        <source>&amp;Keep all as they are</source>
        <translation>&amp;Manter todos como estão</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="276"/>
        <source>&amp;Save the report as CSV…</source>
        <translation>&amp;Salvar o relatório como CSV…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="293"/>
        <source>Checking the list…</source>
        <translation>Verificando a lista…</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="307"/>
        <source>%n row(s) name topics the event does not have yet: imported, and listed under Problems.</source>
        <translation>
            <numerusform>%n linha indica temas que o evento ainda não tem: é importada e aparece em Problemas.</numerusform>
            <numerusform>%n linhas indicam temas que o evento ainda não tem: são importadas e aparecem em Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="310"/>
        <source>same e-mail as row %1 (%2)</source>
        <translation>mesmo e-mail da linha %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="313"/>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="383"/>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>mesmo nome e organização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="315"/>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="316"/>
        <source>very close name</source>
        <translation>nome muito parecido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>row %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="318"/>
        <source>registered</source>
        <translation>já inscrito</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="320"/>
        <source>May be the same person as</source>
        <translation>Pode ser a mesma pessoa que</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="323"/>
        <source>%n more</source>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
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
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="462"/>
        <source>no</source>
        <translation>não</translation>
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
            <numerusform>%n linha de dados</numerusform>
            <numerusform>%n linhas de dados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="165"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n coluna</numerusform>
            <numerusform>%n colunas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="298"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n a adicionar</numerusform>
            <numerusform>%n a adicionar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n a atualizar</numerusform>
            <numerusform>%n a atualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="299"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sem alteração</numerusform>
            <numerusform>%n sem alteração</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="300"/>
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n linha duplicada</numerusform>
            <numerusform>%n linhas duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="301"/>
        <source>%n invalid row(s) (not imported)</source>
        <translation>
            <numerusform>%n linha inválida (não é importada)</numerusform>
            <numerusform>%n linhas inválidas (não são importadas)</numerusform>
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
        <translation>Possíveis duplicatas (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="328"/>
        <source>Updates (%1)</source>
        <translation>Atualizações (%1)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="343"/>
        <source>What changes (current → in the list)</source>
        <translation>O que muda (atual → na lista)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="366"/>
        <source>Ticked people are updated from the list; unticked ones keep their current record.</source>
        <translation>As pessoas marcadas são atualizadas pela lista; as desmarcadas mantêm o registro atual.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/import_dialog.py" line="367"/>
        <source>%n kept as they are.</source>
        <translation>
            <numerusform>%n mantido como está.</numerusform>
            <numerusform>%n mantidos como estão.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/import_dialog.py" line="372"/>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
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
        <translation>Cancelado: nada foi alterado.</translation>
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
        <translation>Duplicados mesclados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="49"/>
        <source>Personal data erased</source>
        <translation>Dados pessoais apagados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="50"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="51"/>
        <source>Check-ins</source>
        <translation>Credenciamentos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="52"/>
        <source>Session attendance</source>
        <translation>Presença nas sessões</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="53"/>
        <source>Polls</source>
        <translation>Votações</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="54"/>
        <source>Who voted</source>
        <translation>Quem votou</translation>
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
        <translation>Votos em papel lidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="58"/>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="59"/>
        <source>Clusters</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="60"/>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="61"/>
        <source>P2P topics</source>
        <translation>Temas P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="62"/>
        <source>P2P plans</source>
        <translation>Planos P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="63"/>
        <source>P2P ratings</source>
        <translation>Avaliações P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="64"/>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="65"/>
        <source>Evaluation survey</source>
        <translation>Pesquisa de avaliação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="66"/>
        <source>Evaluation answers</source>
        <translation>Respostas de avaliação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="78"/>
        <source>Import a bundle</source>
        <translation>Importar um pacote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="80"/>
        <source>A bundle (%1) of “%2”, made on %3 by %4 (%5).</source>
        <translation>Um pacote (%1) de “%2”, criado em %3 por %4 (%5).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Updated</source>
        <translation>Atualizadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="86"/>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="87"/>
        <source>Superseded</source>
        <translation>Substituídas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="98"/>
        <source>What the import changes</source>
        <translation>O que a importação altera</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="99"/>
        <source>Nothing to change: this bundle&apos;s data is already here.</source>
        <translation>Nada a alterar: os dados deste pacote já estão aqui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="100"/>
        <source>%n row(s) will stop counting (a later check-in or ballot of the same person); they are kept and listed in the audit.</source>
        <translation>
            <numerusform>%n linha deixará de contar (um credenciamento ou voto posterior da mesma pessoa); ela é mantida e aparece no registro de auditoria.</numerusform>
            <numerusform>%n linhas deixarão de contar (um credenciamento ou voto posterior da mesma pessoa); elas são mantidas e aparecem no registro de auditoria.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="102"/>
        <source>Nothing is written until you import.</source>
        <translation>Nada é gravado até que você importe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="105"/>
        <source>%n person(s) checked in on more than one laptop (the earliest check-in counts): %1</source>
        <translation>
            <numerusform>%n pessoa credenciada em mais de um computador (conta o credenciamento mais antigo): %1</numerusform>
            <numerusform>%n pessoas credenciadas em mais de um computador (conta o credenciamento mais antigo): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="111"/>
        <source>“%1” is not a coordinator of this event: %n row(s) of the event&apos;s settings left out.</source>
        <translation>
            <numerusform>“%1” não coordena este evento: %n linha das configurações do evento foi deixada de fora.</numerusform>
            <numerusform>“%1” não coordena este evento: %n linhas das configurações do evento foram deixadas de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/results.py" line="116"/>
        <source>%n ballot(s) refused, not imported: more than the people its laptop recorded as having voted in the poll (made-up ballots).</source>
        <translation>
            <numerusform>%n cédula recusada, não importada: mais do que as pessoas que o seu portátil registrou como votantes na votação (cédulas inventadas).</numerusform>
            <numerusform>%n cédulas recusadas, não importadas: mais do que as pessoas que o seu portátil registrou como votantes na votação (cédulas inventadas).</numerusform>
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
        <translation>Quiosque de credenciamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="196"/>
        <source>%1 of %2 participants have arrived</source>
        <translation>Chegaram %1 de %2 participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="200"/>
        <source>Welcome! Scan your badge</source>
        <translation>Boas-vindas! Escaneie seu crachá</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="208"/>
        <source>Wrong PIN</source>
        <translation>PIN incorreto</translation>
    </message>
</context>
<context>
    <name>LaptopSetup</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="133"/>
        <source>Choose the setup bundle</source>
        <translation>Escolha o pacote de configuração</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="134"/>
        <source>Setup bundles (*.zip);;All files (*)</source>
        <translation>Pacotes de configuração (*.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="137"/>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="155"/>
        <source>Checking the setup bundle…</source>
        <translation>Verificando o pacote de configuração…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="164"/>
        <source>Where to keep this laptop&apos;s event file</source>
        <translation>Onde guardar o arquivo do evento deste computador</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="165"/>
        <source>Event files (*.eulac)</source>
        <translation>Arquivos de evento (*.eulac)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="184"/>
        <source>Setting up the event on this laptop…</source>
        <translation>Preparando o evento neste computador…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="195"/>
        <source>Set up this laptop</source>
        <translation>Preparar este computador</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="196"/>
        <source>“%1” already holds the event “%2” on this laptop. Open it and bring in what this setup bundle changes?</source>
        <translation>“%1” já contém o evento “%2” neste computador. Abri-lo e incorporar o que este pacote de configuração muda?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="373"/>
        <source>No recent events</source>
        <translation>Nenhum evento recente</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="462"/>
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="473"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="474"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="475"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="476"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="477"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="478"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="479"/>
        <source>V&amp;oting</source>
        <translation>&amp;Votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="480"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;New event…</source>
        <translation>&amp;Novo evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="482"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="483"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation>Preparar este &amp;computador com um pacote de configuração…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="484"/>
        <source>Connec&amp;t laptops…</source>
        <translation>Conec&amp;tar notebooks…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>Open the &amp;demo event</source>
        <translation>Abrir o evento de &amp;demonstração</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="485"/>
        <source>&amp;Close event</source>
        <translation>&amp;Fechar evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="486"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation>Novo arquivo &amp;mestre (coordenação)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="487"/>
        <source>Command &amp;palette…</source>
        <translation>Paleta de &amp;comandos…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Find a participant</source>
        <translation>&amp;Localizar um participante</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="488"/>
        <source>&amp;Projector</source>
        <translation>&amp;Projetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="489"/>
        <source>Open the room to p&amp;hones…</source>
        <translation>Abrir a sala aos &amp;celulares…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;About eulac-desktop</source>
        <translation>&amp;Sobre o eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="490"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="498"/>
        <source>Go to %1</source>
        <translation>Ir para %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="499"/>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="500"/>
        <source>Read-only: %1</source>
        <translation>Somente leitura: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="507"/>
        <source>Cannot undo: %1</source>
        <translation>Não é possível desfazer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Desfazer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="509"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Refazer: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="510"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
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
        <translation>Credenciamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>Voting</source>
        <translation>Votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/main_window.py" line="514"/>
        <source>P2P learning</source>
        <translation>Aprendizagem P2P</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="52"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="53"/>
        <source>New &amp;master file…</source>
        <translation>Novo arquivo &amp;mestre…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="54"/>
        <source>&amp;Import a bundle…</source>
        <translation>Imp&amp;ortar um pacote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="55"/>
        <source>&amp;Close the master file</source>
        <translation>&amp;Fechar o arquivo mestre</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="57"/>
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/master_window.py" line="58"/>
        <source>%1 (master) — %2</source>
        <translation>%1 (arquivo mestre) — %2</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/message_dialog.py" line="72"/>
        <source>This computer could not open the folder “%1”: no file manager answered.</source>
        <translation>Este computador não conseguiu abrir a pasta “%1”: nenhum gerenciador de arquivos respondeu.</translation>
    </message>
</context>
<context>
    <name>MethodTexts</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="23"/>
        <source>Each person has %1 dots and may put up to %2 on one option. An option&apos;s score is its number of dots; the most dots first.</source>
        <translation>Cada pessoa tem %1 pontos e pode colocar até %2 em uma mesma opção. A pontuação de uma opção é o seu número de pontos; a que tiver mais pontos vem primeiro.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="26"/>
        <source>Each person ranks the options, best first (a partial ranking is fine). With k options the first gets k−1 points, the next k−2, … the last 0; options left out of a ranking get 0. Most points first.</source>
        <translation>Cada pessoa classifica as opções, da melhor para a pior (uma classificação parcial é válida). Com k opções, a primeira recebe k−1 pontos, a seguinte k−2, … a última 0; as opções deixadas de fora de uma classificação recebem 0. A que tiver mais pontos vem primeiro.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="29"/>
        <source>Each person ranks the options, best first (a partial ranking is fine: listed options come before the others). The Schulze method compares every pair of options; the option that beats every other one (the Condorcet winner) wins. The score is how many options it beats.</source>
        <translation>Cada pessoa classifica as opções, da melhor para a pior (uma classificação parcial é válida: as opções listadas vêm antes das demais). O método de Schulze compara cada par de opções; vence a opção que supera todas as outras (a vencedora de Condorcet). A pontuação é o número de opções que ela supera.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="33"/>
        <source>Each person shares exactly %1 points among the options. An option&apos;s score is its points; the most points first.</source>
        <translation>Cada pessoa distribui exatamente %1 pontos entre as opções. A pontuação de uma opção é a soma dos seus pontos; a que tiver mais pontos vem primeiro.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="35"/>
        <source>Each person rates each option from 1 to 5 for impact and for effort. Results are the averages with their spread, split at 3: quick wins (high impact, low effort), big bets (high impact, high effort), fill-ins (low, low) and money pits (low impact, high effort).</source>
        <translation>Cada pessoa avalia cada opção de 1 a 5 quanto ao impacto e ao esforço. Os resultados são as médias com a sua dispersão, com o corte em 3: ganhos rápidos (alto impacto, pouco esforço), grandes apostas (alto impacto, muito esforço), tarefas complementares (baixo, baixo) e poços sem fundo (baixo impacto, muito esforço).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="39"/>
        <source>Each person ticks every option they approve of. An option&apos;s score is its number of approvals.</source>
        <translation>Cada pessoa marca todas as opções que aprova. A pontuação de uma opção é o seu número de aprovações.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="41"/>
        <source>Each person says yes, no or abstain to each question. The score is yes minus no; a question passes with more yes than no.</source>
        <translation>Cada pessoa responde sim, não ou abstenção a cada pergunta. A pontuação é o número de sim menos o de não; uma pergunta é aprovada se tiver mais sim do que não.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/texts.py" line="44"/>
        <source>Ties share a rank and are shown as ties; among tied options the poll&apos;s order is kept.</source>
        <translation>As opções empatadas compartilham a posição e são exibidas como empate; entre elas, mantém-se a ordem da votação.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="44"/>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="49"/>
        <source>e.g. Co-Innovation Lab on research infrastructures</source>
        <translation>ex.: Laboratório de Coinovação sobre infraestruturas de pesquisa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="66"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="71"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="72"/>
        <source>&amp;Starts</source>
        <translation>&amp;Começa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="73"/>
        <source>En&amp;ds</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="74"/>
        <source>Ven&amp;ue</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="75"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="76"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="77"/>
        <source>Save &amp;as</source>
        <translation>&amp;Salvar como</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="87"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="106"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="110"/>
        <source>Save the new event as</source>
        <translation>Salvar o novo evento como</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="111"/>
        <source>Event files (*.eulac)</source>
        <translation>Arquivos de evento (*.eulac)</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="35"/>
        <source>The device&apos;s key changed</source>
        <translation>A chave do dispositivo mudou</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="37"/>
        <source>This bundle says it comes from “%1”, which this laptop knows with another key. It may be forged. Accept the new key only if the owner of “%1” shows you the new fingerprint on their screen (a new installation makes a new key).</source>
        <translation>Este pacote diz vir de “%1”, que este notebook conhece com outra chave. Pode ser falsificado. Aceite a nova chave só se quem usa “%1” mostrar a nova impressão digital na tela (uma instalação nova cria uma chave nova).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>Known key:</source>
        <translation>Chave conhecida:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="48"/>
        <source>New key:</source>
        <translation>Chave nova:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="54"/>
        <source>&amp;Accept the new key</source>
        <translation>&amp;Aceitar a chave nova</translation>
    </message>
</context>
<context>
    <name>P2PPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="185"/>
        <source>Round %1</source>
        <translation>Rodada %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="190"/>
        <source>No plan yet: plan the rounds (the people who checked in, by default).</source>
        <translation>Ainda não há plano: planeje as rodadas (por padrão, com as pessoas credenciadas).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="197"/>
        <source>%1 of %2 seeks met · %3 interpreted seats · %4 notes</source>
        <translation>%1 de %2 buscas atendidas · %3 lugares com interpretação · %4 observações</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="256"/>
        <source>Table %1 (%2 people)</source>
        <translation>Mesa %1 (%2 pessoas)</translation>
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
        <translation>placas de mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the agendas</source>
        <translation>Salvar as agendas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="347"/>
        <source>Save the table signs</source>
        <translation>Salvar as placas de mesa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="366"/>
        <source>P&amp;lan the rounds…</source>
        <translation>Pla&amp;nejar as rodadas…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="368"/>
        <source>Feedback &amp;kiosk…</source>
        <translation>&amp;Quiosque de avaliação…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="372"/>
        <source>Table and people</source>
        <translation>Mesa e pessoas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="263"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>Move someone</source>
        <translation>Mover alguém</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="195"/>
        <source>%1 of %2 tables mixed EU/LAC</source>
        <translation>%1 de %2 mesas mistas UE/ALC</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="219"/>
        <source>Likely the same person, never at one table: %1 (%2) and %3 (%4); merge them on the Participants page</source>
        <translation>Provavelmente a mesma pessoa, nunca na mesma mesa: %1 (%2) e %3 (%4); mescle-os na página Participantes</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="225"/>
        <source>… and %n more pair(s) likely of one person, kept apart: point here to see them all</source>
        <translation>
            <numerusform>… e mais %n par de registros provavelmente da mesma pessoa, separados: aponte aqui para ver todos</numerusform>
            <numerusform>… e mais %n pares de registros provavelmente da mesma pessoa, separados: aponte aqui para ver todos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="230"/>
        <source>Before the rounds</source>
        <translation>Antes das rodadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="240"/>
        <source>first round at %1 (%2)</source>
        <translation>primeira rodada: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="278"/>
        <source>Who:</source>
        <translation>Quem:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="282"/>
        <source>To table:</source>
        <translation>Para a mesa:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="320"/>
        <source>Plan the rounds</source>
        <translation>Planejar as rodadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="321"/>
        <source>Planning the rounds…</source>
        <translation>Planejando as rodadas…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="329"/>
        <source>Plan the rounds again</source>
        <translation>Planejar as rodadas de novo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="330"/>
        <source>Replace the saved plan of %1? The agendas printed from it will no longer match.</source>
        <translation>Substituir o plano salvo em %1? As agendas impressas a partir dele não vão mais corresponder.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="333"/>
        <source>&amp;Replace the plan</source>
        <translation>&amp;Substituir o plano</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="348"/>
        <source>Writing the PDF…</source>
        <translation>Gravando o PDF…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="361"/>
        <source>P2P learning</source>
        <translation>Aprendizagem P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="362"/>
        <source>Topi&amp;cs…</source>
        <translation>&amp;Temas…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="363"/>
        <source>&amp;Tables on the projector</source>
        <translation>Me&amp;sas no projetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="364"/>
        <source>The projector shows each table of the round with its topic</source>
        <translation>O projetor mostra cada mesa da rodada com seu tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="365"/>
        <source>Import, add, rename and translate the event&apos;s P2P topics</source>
        <translation>Importar, adicionar, renomear e traduzir os temas P2P do evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="367"/>
        <source>&amp;Move someone…</source>
        <translation>Mover a&amp;lguém…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="369"/>
        <source>&amp;Agendas (PDF)…</source>
        <translation>A&amp;gendas (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="370"/>
        <source>Table &amp;signs (PDF)…</source>
        <translation>Placas de &amp;mesa (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="371"/>
        <source>Round on the p&amp;rojector</source>
        <translation>Rodada no p&amp;rojetor</translation>
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
        <translation>Interpretação, observações</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="374"/>
        <source>Tables of the round</source>
        <translation>Mesas da rodada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="375"/>
        <source>Drag a person onto another table to move them (Ctrl+Z undoes)</source>
        <translation>Arraste uma pessoa para outra mesa para movê-la (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="376"/>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="377"/>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="378"/>
        <source>What the plan could not do</source>
        <translation>O que o plano não conseguiu fazer</translation>
    </message>
</context>
<context>
    <name>PaperAnswersDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="222"/>
        <source>Evaluation answers from paper</source>
        <translation>Respostas de avaliação em papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="237"/>
        <source>Person who answered</source>
        <translation>Pessoa que respondeu</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="239"/>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="248"/>
        <source>(no answer)</source>
        <translation>(sem resposta)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="283"/>
        <source>Choose the person who filled in the form.</source>
        <translation>Escolha a pessoa que preencheu o formulário.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="292"/>
        <source>Type evaluation answers</source>
        <translation>Digitar respostas de avaliação</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="138"/>
        <source>Paper ballots: %1</source>
        <translation>Votos em papel: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="140"/>
        <source>Scan or type the serial, then Enter or Tab</source>
        <translation>Escaneie ou digite o número de série e pressione Enter ou Tab</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="141"/>
        <source>Serial</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="147"/>
        <source>Second &amp;entry (compare with the first; nothing is counted)</source>
        <translation>Segunda &amp;digitação (comparada com a primeira; nada é contabilizado)</translation>
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
        <translation>&amp;Registrar este voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="157"/>
        <source>Ballots whose entries disagree</source>
        <translation>Votos cujas digitações não coincidem</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="160"/>
        <source>Type each mark (a number, or the first letter of the answer), Tab to the next, Enter to record the ballot.</source>
        <translation>Digite cada marcação (um número ou a primeira letra da resposta), Tab para passar à seguinte, Enter para registrar o voto.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="164"/>
        <source>&amp;Serial:</source>
        <translation>Número de &amp;série:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="176"/>
        <source>Entries that disagree:</source>
        <translation>Digitações que não coincidem:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="219"/>
        <source>&amp;Record the second entry</source>
        <translation>&amp;Registrar a segunda digitação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="230"/>
        <source>Two options have rank %1: give each rank once (leave a rank that cannot be read empty).</source>
        <translation>Duas opções têm a posição %1: use cada posição uma só vez (deixe vazia uma posição que não se consiga ler).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="236"/>
        <source>Check a paper ballot</source>
        <translation>Conferir uma cédula</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="240"/>
        <source>Both entries agree.</source>
        <translation>As duas digitações coincidem.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="241"/>
        <source>The entries disagree: check this paper ballot.</source>
        <translation>As digitações não coincidem: confira este voto em papel.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="243"/>
        <source>Enter a paper ballot</source>
        <translation>Digitar uma cédula</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="247"/>
        <source>Counted (%n ballot(s) in this sitting).</source>
        <translation>
            <numerusform>Contabilizado (%n voto nesta sessão).</numerusform>
            <numerusform>Contabilizado (%n votos nesta sessão).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>the two entries differ</source>
        <translation>as duas digitações diferem</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="270"/>
        <source>no second entry yet</source>
        <translation>ainda sem segunda digitação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="271"/>
        <source>checked, but never entered</source>
        <translation>conferido, mas nunca digitado</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Family name</source>
        <extracomment>called to edit a field: (participant id, field, new value) → whether the core accepted it</extracomment>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="52"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="53"/>
        <source>Stakeholder type</source>
        <translation>Tipo de ator</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/models.py" line="119"/>
        <source>(erased)</source>
        <translation>(apagado)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="159"/>
        <source>Edit a participant</source>
        <extracomment>How long each step of reading the search index&apos;s words takes while the window idles (a key waits at most that)</extracomment>
        <translation>Editar um participante</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="201"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Excluir %n participante</numerusform>
            <numerusform>Excluir %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="211"/>
        <source>Merge two participants</source>
        <translation>Mesclar dois participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="217"/>
        <source>Keep the first</source>
        <translation>Manter o primeiro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="218"/>
        <source>Keep the second</source>
        <translation>Manter o segundo</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="362"/>
        <source>Review likely d&amp;uplicates (%n)…</source>
        <translation>
            <numerusform>Revisar possíveis d&amp;uplicados (%n)…</numerusform>
            <numerusform>Revisar possíveis d&amp;uplicados (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="363"/>
        <source>Review likely d&amp;uplicates…</source>
        <translation>Revisar possíveis d&amp;uplicados…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="441"/>
        <source>Merge participants</source>
        <translation>Mesclar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="240"/>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="246"/>
        <source>Erase personal data</source>
        <translation>Apagar os dados pessoais</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="212"/>
        <source>Merge these two records of one person? The one kept stays in the list; the other is removed from it, and its check-in, votes, ideas and P2P offers and seeks count for the one kept. Empty fields of the one kept are completed from the other; photo consent is never taken from it. Ctrl+Z undoes the merge.</source>
        <translation>Mesclar estes dois registros de uma mesma pessoa? O mantido fica na lista; o outro sai dela, e seu check-in, votos, ideias e ofertas e procuras P2P contam para o mantido. Os campos vazios do mantido são completados com o outro; o consentimento de foto nunca é tirado dele. Ctrl+Z desfaz a mesclagem.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="216"/>
        <source>First: %1
Second: %2</source>
        <translation>Primeiro: %1
Segundo: %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="241"/>
        <source>Erase the personal data of %1 for good?

Their name, e-mail and organisation are removed from this event file and from every bundle merged later. Anonymous facts (country, role, attendance) are kept. This cannot be undone.</source>
        <translation>Apagar definitivamente os dados pessoais de %1?

O nome, o e-mail e a organização são removidos deste arquivo de evento e de todos os pacotes mesclados posteriormente. Os dados anônimos (país, função, presença) são mantidos. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="256"/>
        <source>Export participants</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="257"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="274"/>
        <source>Exported %n participant(s) to %1</source>
        <translation>
            <numerusform>%n participante exportado para %1</numerusform>
            <numerusform>%n participantes exportados para %1</numerusform>
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
        <translation>Gênero não informado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="319"/>
        <source>Stakeholder type not given</source>
        <translation>Tipo de ator não informado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Checked in</source>
        <translation>Credenciados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="320"/>
        <source>Not checked in yet</source>
        <translation>Ainda não credenciados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All regions</source>
        <translation>Todas as regiões</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="322"/>
        <source>All roles</source>
        <translation>Todas as funções</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="323"/>
        <source>All genders</source>
        <translation>Todos os gêneros</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>Arrived or not</source>
        <translation>Com e sem credenciamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="324"/>
        <source>All stakeholder types</source>
        <translation>Todos os tipos de ator</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/pages/participants.py" line="350"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participante exibido</numerusform>
            <numerusform>%n participantes exibidos</numerusform>
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
            <numerusform>%n apagado (não contado)</numerusform>
            <numerusform>%n apagados (não contados)</numerusform>
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
        <translation>Pesquisar por nome, organização ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="368"/>
        <source>Search participants</source>
        <translation>Pesquisar participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="370"/>
        <source>Filter by region</source>
        <translation>Filtrar por região</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by role</source>
        <translation>Filtrar por função</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="371"/>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="372"/>
        <source>Filter by gender</source>
        <translation>Filtrar por gênero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="373"/>
        <source>Filter by stakeholder type</source>
        <translation>Filtrar por tipo de ator</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="374"/>
        <source>Filter by check-in</source>
        <translation>Filtrar por credenciamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>&amp;Import a list…</source>
        <translation>Imp&amp;ortar uma lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="376"/>
        <source>Add a &amp;walk-in…</source>
        <translation>&amp;Inscrever na entrada…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Delete participants</source>
        <translation>Ex&amp;cluir participantes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="377"/>
        <source>&amp;Merge two participants…</source>
        <translation>&amp;Mesclar dois participantes…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;rase personal data…</source>
        <translation>Apagar os &amp;dados pessoais…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="378"/>
        <source>E&amp;xport the list…</source>
        <translation>Expor&amp;tar a lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/participants.py" line="379"/>
        <source>Print &amp;badges…</source>
        <translation>Imprimir crac&amp;hás…</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="366"/>
        <source>The room to phones stopped: %1</source>
        <translation>A sala para celulares parou: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="378"/>
        <source>Participants vote, post ideas and find their table from their own phones, on this laptop&apos;s network: no internet needed. Pick the network the phones are on.</source>
        <translation>Os participantes votam, publicam ideias e encontram a sua mesa pelos próprios celulares, na rede deste notebook: não é preciso internet. Escolha a rede em que os celulares estão.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="382"/>
        <source>The room is open. Phones on the same network open this address, or scan the code:</source>
        <translation>A sala está aberta. Os celulares na mesma rede abrem este endereço ou escaneiam o código:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="386"/>
        <source>Address of the room: %1</source>
        <translation>Endereço da sala: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="388"/>
        <source>QR code of the address %1</source>
        <translation>Código QR do endereço %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="390"/>
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n celular conectado</numerusform>
            <numerusform>%n celulares conectados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="396"/>
        <source>Ballots cast: %1 of %2 eligible</source>
        <translation>Votos dados: %1 de %2 habilitados</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/phones.py" line="405"/>
        <source>%n idea(s) on the board of the open challenge</source>
        <translation>
            <numerusform>%n ideia no quadro do desafio aberto</numerusform>
            <numerusform>%n ideias no quadro do desafio aberto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="425"/>
        <source>The latest opened poll</source>
        <translation>A última votação aberta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="427"/>
        <source>The open question with a countdown, else the last opened</source>
        <translation>A pergunta aberta com contagem regressiva, senão a última aberta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="429"/>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="459"/>
        <source>Nobody found</source>
        <translation>Ninguém encontrado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="463"/>
        <source>%1 (not checked in: may not vote yet)</source>
        <translation>%1 (não credenciado: ainda não pode votar)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="476"/>
        <source>Phones in the room</source>
        <translation>Celulares na sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="477"/>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="478"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="479"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="480"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="481"/>
        <source>&amp;Open the room to phones</source>
        <translation>&amp;Abrir a sala aos celulares</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="482"/>
        <source>Each person joins with the phone code printed on their badge; look it up below to read it out to them.</source>
        <translation>Cada pessoa entra com o código para o celular impresso no seu crachá; procure-o abaixo para lê-lo para ela.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="484"/>
        <source>Phones joined</source>
        <translation>Celulares conectados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="485"/>
        <source>Poll on p&amp;hones:</source>
        <translation>&amp;Votação nos celulares:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="486"/>
        <source>&amp;Ideas for:</source>
        <translation>&amp;Ideias para:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="487"/>
        <source>Poll on phones</source>
        <translation>Votação nos celulares</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="488"/>
        <source>Question that phones send ideas to</source>
        <translation>Pergunta para a qual os celulares enviam ideias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="489"/>
        <source>Show &amp;each person their table in the P2P round running now</source>
        <translation>Mostrar a cada pessoa a sua &amp;mesa na rodada P2P em andamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="490"/>
        <source>Let each person answer the e&amp;valuation survey</source>
        <translation>Permitir que cada pessoa responda ao questionário de a&amp;valiação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="491"/>
        <source>&amp;Look up a phone code:</source>
        <translation>&amp;Procurar um código para o celular:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="492"/>
        <source>Name or e-mail</source>
        <translation>Nome ou e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="493"/>
        <source>Look up a person&apos;s phone code</source>
        <translation>Procurar o código para o celular de uma pessoa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="495"/>
        <source>&amp;Sign this phone out</source>
        <translation>&amp;Tirar este celular da sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="496"/>
        <source>Show on the &amp;projector</source>
        <translation>Mostrar no p&amp;rojetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="497"/>
        <source>&amp;Close the room</source>
        <translation>&amp;Fechar a sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/phones.py" line="498"/>
        <source>Use the venue&apos;s WPA2 Wi-Fi or your own access points (a phone&apos;s hotspot holds about 20 phones). Tokens and phone codes protect the ballots; plain HTTP does not hide traffic from someone on the same open network.</source>
        <translation>Use o Wi-Fi WPA2 do local ou os seus próprios pontos de acesso (o roteador de um celular aguenta uns 20 celulares). Os tokens e os códigos para o celular protegem os votos; o HTTP simples não esconde o tráfego de quem está na mesma rede aberta.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="49"/>
        <source>Kiosk PIN</source>
        <translation>PIN do quiosque</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="57"/>
        <source>&amp;PIN (at least 4 digits)</source>
        <translation>&amp;PIN (pelo menos 4 dígitos)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="58"/>
        <source>&amp;Again</source>
        <translation>&amp;Repetir o PIN</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="63"/>
        <source>The kiosk fills the screen and can be left only with this PIN.</source>
        <translation>O quiosque ocupa a tela inteira e só é possível sair dele com este PIN.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="71"/>
        <source>Use at least 4 digits.</source>
        <translation>Use pelo menos 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="73"/>
        <source>The two PINs differ.</source>
        <translation>Os dois PINs não coincidem.</translation>
    </message>
</context>
<context>
    <name>PinLockedWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="122"/>
        <source>Too many wrong PINs: wait before trying again (%1 s).</source>
        <translation>PINs errados demais: espere antes de tentar novamente (%1 s).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="124"/>
        <location filename="../eulac_desktop/ui/kiosk.py" line="126"/>
        <source>Leave the kiosk</source>
        <translation>Sair do quiosque</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/kiosk.py" line="127"/>
        <source>Facilitator&apos;s PIN:</source>
        <translation>PIN da facilitação:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="49"/>
        <source>Plan the P2P rounds</source>
        <extracomment>likely-duplicate pairs listed above the rounds; more are counted, all in the tooltip</extracomment>
        <translation>Planejar as rodadas P2P</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="58"/>
        <source>As many as needed</source>
        <translation>Quantas forem necessárias</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="63"/>
        <source>Only people who &amp;checked in</source>
        <translation>Somente as pessoas &amp;credenciadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="73"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rodadas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="75"/>
        <source>Fewest at a table (&amp;min):</source>
        <translation>Mínimo de pessoas por mesa (&amp;mín.):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>Most at a table (ma&amp;x):</source>
        <translation>Máximo de pessoas por mesa (má&amp;x.):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="76"/>
        <source>&amp;Tables:</source>
        <translation>Me&amp;sas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>Time to &amp;improve:</source>
        <translation>&amp;Tempo para melhorar:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="77"/>
        <source>First round &amp;starts:</source>
        <translation>I&amp;nício da primeira rodada:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/p2p.py" line="78"/>
        <source>Each round &amp;lasts:</source>
        <translation>&amp;Duração de cada rodada:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="163"/>
        <source>Edit the action plan</source>
        <translation>Editar o plano de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="61"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="155"/>
        <source>New action plan</source>
        <translation>Novo plano de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="104"/>
        <source>&amp;Problem it answers</source>
        <translation>&amp;Problema a que responde</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>&amp;Lead</source>
        <translation>&amp;Liderança</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <source>Find a pa&amp;rtner</source>
        <translation>Buscar um parc&amp;eiro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="105"/>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Marcos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="106"/>
        <source>F&amp;unding</source>
        <translation>&amp;Financiamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>&amp;Status</source>
        <translation>&amp;Situação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="107"/>
        <source>St&amp;arts</source>
        <translation>&amp;Começa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="112"/>
        <source>Problem it answers</source>
        <translation>Problema a que responde</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Lead</source>
        <translation>Liderança</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="113"/>
        <source>Find a partner</source>
        <translation>Buscar um parceiro</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="114"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="115"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="116"/>
        <source>Starts</source>
        <translation>Começa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="119"/>
        <source>One a line: 2027-03-01 Pilot in Piura</source>
        <translation>Um por linha: 2027-03-01 Piloto em Piura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/actions_dialog.py" line="120"/>
        <source>YYYY-MM-DD (default: the event&apos;s start)</source>
        <translation>AAAA-MM-DD (por padrão: o início do evento)</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="42"/>
        <source>New poll</source>
        <translation>Nova votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="59"/>
        <source>Options typed below</source>
        <translation>Opções digitadas abaixo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="62"/>
        <source>The clusters of: %1</source>
        <translation>Os grupos de: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="64"/>
        <source>One option per line</source>
        <translation>Uma opção por linha</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="66"/>
        <source>&amp;Secret ballot (who voted what is never stored)</source>
        <translation>Voto &amp;secreto (nunca se registra quem votou em quê)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="68"/>
        <source>Show &amp;results live while voting</source>
        <translation>Mostrar os &amp;resultados ao vivo durante a votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="70"/>
        <source>People who checked in</source>
        <translation>Pessoas credenciadas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="71"/>
        <source>Everyone registered</source>
        <translation>Todas as pessoas inscritas</translation>
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
        <translation>&amp;Pontos por pessoa:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="77"/>
        <source>At most on &amp;one option:</source>
        <translation>Máximo em &amp;uma opção:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="78"/>
        <source>&amp;Points to share:</source>
        <translation>Pontos a &amp;distribuir:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="79"/>
        <source>O&amp;ptions:</source>
        <translation>&amp;Opções:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/dialogs.py" line="81"/>
        <source>&amp;Who may vote:</source>
        <translation>&amp;Quem pode votar:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="146"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="148"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/dialogs.py" line="153"/>
        <source>The colours follow your system&apos;s light or dark theme.</source>
        <translation>As cores seguem o tema claro ou escuro do sistema.</translation>
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
        <translation>Imprimir “%1”</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="301"/>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="160"/>
        <source>“%1” could not be read to be printed.</source>
        <extracomment>Writes the PDF to the given path (on a worker thread); may report progress and raise `Cancelled`. which remembered folder: &quot;badges&quot;, &quot;attendance&quot;, &quot;agendas&quot;, &quot;signs&quot;, &quot;ballots&quot;, &quot;report&quot;… the suggested file name (see `file_name`) the save dialog&apos;s title, e.g. &quot;Save the badges&quot; shown while the PDF is written, e.g. &quot;Making badges…&quot;</extracomment>
        <translation>Não foi possível ler “%1” para imprimi-lo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="161"/>
        <source>Open it in a PDF viewer and print it from there.</source>
        <translation>Abra-o num leitor de PDF e imprima-o a partir dele.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="165"/>
        <source>None of the pages chosen is in the PDF (pages 1 to %1).</source>
        <translation>Nenhuma das páginas escolhidas está no PDF (páginas 1 a %1).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="170"/>
        <source>The printer “%1” could not be started.</source>
        <translation>Não foi possível iniciar a impressora “%1”.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="172"/>
        <source>Check that it is on and connected, or choose another printer; the PDF is saved.</source>
        <translation>Verifique se ela está ligada e conectada, ou escolha outra impressora; o PDF está salvo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="178"/>
        <source>The printer stopped after page %1.</source>
        <translation>A impressora parou depois da página %1.</translation>
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
        <translation>Projetor</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="308"/>
        <source>Evaluation survey questions</source>
        <translation>Perguntas da pesquisa de avaliação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="311"/>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="313"/>
        <source>New question</source>
        <translation>Nova pergunta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="314"/>
        <source>A new question…</source>
        <translation>Uma nova pergunta…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as a ra&amp;ting (1–5)</source>
        <translation>Adicionar como &amp;nota (1–5)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>Add as an &amp;open question</source>
        <translation>Adicionar como pergunta &amp;aberta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="316"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="337"/>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="349"/>
        <source>Edit the survey questions</source>
        <translation>Editar as perguntas da pesquisa</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/checkin.py" line="77"/>
        <source>Ready: scan a badge</source>
        <translation>Pronto: escaneie um crachá</translation>
    </message>
</context>
<context>
    <name>ResultsCanvas</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="72"/>
        <source>The results are shown when the poll closes.</source>
        <translation>Os resultados são exibidos quando a votação é encerrada.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="75"/>
        <source>No ballots yet</source>
        <translation>Ainda não há votos</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="87"/>
        <source>%n double vote(s)</source>
        <translation>
            <numerusform>%n voto duplo</numerusform>
            <numerusform>%n votos duplos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="88"/>
        <source>%1 of %2 voted</source>
        <translation>%1 de %2 votaram</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="130"/>
        <source>yes %1 · no %2</source>
        <translation>sim %1 · não %2</translation>
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
            <numerusform>supera %n outra opção</numerusform>
            <numerusform>supera %n outras opções</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Quick wins</source>
        <translation>Ganhos rápidos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="161"/>
        <source>Big bets</source>
        <translation>Grandes apostas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Fill-ins</source>
        <translation>Tarefas complementares</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="162"/>
        <source>Money pits</source>
        <translation>Poços sem fundo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/results_canvas.py" line="167"/>
        <source>Effort →</source>
        <translation>Esforço →</translation>
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
        <translation>impacto %1 ± %2, esforço %3 ± %4</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../eulac_desktop/ui/dashboard.py" line="35"/>
        <source>setup</source>
        <translation>configuração</translation>
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
        <translation>Este arquivo mestre ainda não contém nenhum evento: importe primeiro os pacotes dos eventos.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Which event?</source>
        <translation>Qual evento?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="201"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="209"/>
        <source>Save the bundle</source>
        <translation>Salvar o pacote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="210"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="275"/>
        <source>Bundles (*.zip)</source>
        <translation>Pacotes (*.zip)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="220"/>
        <source>Writing the bundle…</source>
        <translation>Gravando o pacote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="221"/>
        <source>Wrote %1 (signed by %2, %3).</source>
        <translation>%1 gravado (assinado por %2, %3).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>Save the outcome report</source>
        <translation>Salvar o relatório de resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="245"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="265"/>
        <source>Wrote %1.</source>
        <translation>Gravado: %1.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="242"/>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="189"/>
        <source>Change an action plan&apos;s status</source>
        <translation>Mudar a situação de um plano de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="241"/>
        <source>outcome report</source>
        <translation>relatório de resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="254"/>
        <source>Folder for the data</source>
        <translation>Pasta para os dados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="264"/>
        <source>Writing the data…</source>
        <translation>Gravando os dados…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="274"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="383"/>
        <source>Import a bundle</source>
        <translation>Importar um pacote</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="278"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="285"/>
        <source>Checking the bundle…</source>
        <translation>Verificando o pacote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="308"/>
        <source>Not imported: the device was not trusted.</source>
        <translation>Nada foi importado: você não confiou no dispositivo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="340"/>
        <source>Comparing with this event…</source>
        <translation>Comparando com este evento…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="347"/>
        <source>A new event</source>
        <translation>Um evento novo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="348"/>
        <source>This is the first setup bundle of the event “%1” this master file receives: it makes “%2” the event&apos;s coordinator here. Check with the coordinator that its fingerprint is %3, then trust it.</source>
        <translation>Este é o primeiro pacote de preparação do evento “%1” que este arquivo mestre recebe: ele faz de “%2” a coordenação do evento aqui. Confirme com a coordenação que a impressão digital dele é %3 e depois confie nele.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="353"/>
        <source>A new device</source>
        <translation>Um novo dispositivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="354"/>
        <source>This bundle comes from “%1”, a device not trusted yet. Check with its owner that its fingerprint is %2, then trust it.</source>
        <translation>Este pacote vem de “%1”, um dispositivo em que você ainda não confia. Confirme com o proprietário que a impressão digital dele é %2 e depois confie nele.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="357"/>
        <source>&amp;Trust this device</source>
        <translation>&amp;Confiar neste dispositivo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="414"/>
        <source>I&amp;mport a bundle…</source>
        <translation>Imp&amp;ortar um pacote…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="296"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="317"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="336"/>
        <location filename="../eulac_desktop/ui/pages/results.py" line="373"/>
        <source>Not imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="302"/>
        <source>Not imported: the device&apos;s new key was not accepted.</source>
        <translation>Não importado: a chave nova do dispositivo não foi aceita.</translation>
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
            <numerusform>Importação concluída: %n linha adicionada ou atualizada.</numerusform>
            <numerusform>Importação concluída: %n linhas adicionadas ou atualizadas.</numerusform>
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
        <translation>Este arquivo mestre reúne os eventos de um programa. Importe o pacote de configuração de cada evento e o pacote de resultados de cada computador: as abas abaixo mostram o que chegou, de qual dispositivo, e a presença e os resultados de todos os eventos. Os relatórios e os dados são gerados para um evento de cada vez.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="407"/>
        <source>A setup bundle carries this event (and its secrets) to the other laptops; each laptop sends back a result bundle; the coordinator imports them all. An anonymised bundle holds no personal data. Every bundle is signed by the device that made it.</source>
        <translation>Um pacote de configuração leva este evento (e seus segredos) para os outros computadores; cada computador devolve um pacote de resultados; a coordenação importa todos eles. Um pacote anonimizado não contém dados pessoais. Todo pacote é assinado pelo dispositivo que o criou.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;setup bundle…</source>
        <translation>Exportar um pacote de &amp;configuração…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="410"/>
        <source>Export a &amp;result bundle…</source>
        <translation>Exportar um pacote de &amp;resultados…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="411"/>
        <source>Export an &amp;anonymised bundle…</source>
        <translation>Exportar um pacote a&amp;nonimizado…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="415"/>
        <source>Ou&amp;tcome report (PDF)…</source>
        <translation>Re&amp;latório de resultados (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/results.py" line="416"/>
        <source>All the &amp;data (XLSX)…</source>
        <translation>Todos os &amp;dados (XLSX)…</translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="388"/>
        <source>Laptops of the room</source>
        <translation>Notebooks da sala</translation>
    </message>
    <message numerus="yes">
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="419"/>
        <source>Room: %n other laptop(s)</source>
        <translation>
            <numerusform>Sala: mais %n notebook</numerusform>
            <numerusform>Sala: mais %n notebooks</numerusform>
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
        <translation>credenciados em dois notebooks: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="426"/>
        <source>double votes: %1</source>
        <translation>votos duplos: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/connect_laptops.py" line="428"/>
        <source>sync stopped: %1</source>
        <translation>sincronização interrompida: %1</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="218"/>
        <source>PDF saved</source>
        <translation>PDF salvo</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="219"/>
        <source>Saved as “%1” in the folder:</source>
        <translation>Salvo como “%1” na pasta:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="222"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="223"/>
        <source>Open &amp;folder</source>
        <translation>Abrir a &amp;pasta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="224"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="225"/>
        <source>&amp;Close</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/printing.py" line="230"/>
        <source>This computer could not open “%1”: no program for PDF files is set up. Use “Print…” or copy the file to a computer with a PDF viewer.</source>
        <translation>Este computador não conseguiu abrir “%1”: não há nenhum programa para arquivos PDF. Use “Imprimir…” ou copie o arquivo para um computador com um leitor de PDF.</translation>
    </message>
</context>
<context>
    <name>ScanPrompt</name>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="49"/>
        <source>Scanned badge</source>
        <translation>Crachá escaneado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="50"/>
        <source>&amp;Go to check-in</source>
        <translation>&amp;Ir ao credenciamento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="51"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="57"/>
        <source>Badge refused: %1</source>
        <translation>Crachá recusado: %1</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/scan_prompt.py" line="59"/>
        <source>Badge of %1 — go to check-in?</source>
        <translation>Crachá de %1 — ir ao credenciamento?</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="36"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Starts</source>
        <translation>Começa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="39"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="48"/>
        <source>&amp;Add the session</source>
        <translation>&amp;Adicionar a sessão</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="52"/>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="59"/>
        <source>&amp;Time</source>
        <translation>&amp;Horário</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="62"/>
        <source>Attendance &amp;sheet (PDF)…</source>
        <translation>Lista de &amp;presença (PDF)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="97"/>
        <source>Add a session</source>
        <translation>Adicionar uma sessão</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="116"/>
        <source>attendance</source>
        <translation>presença</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Save the attendance sheet</source>
        <translation>Salvar a lista de presença</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/sessions_dialog.py" line="117"/>
        <source>Writing the attendance sheet…</source>
        <translation>Criando a lista de presença…</translation>
    </message>
</context>
<context>
    <name>SetupConfirmDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="43"/>
        <source>Set up this laptop</source>
        <translation>Preparar este computador</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="45"/>
        <source>This setup bundle is signed by the device of a coordinator this laptop does not trust yet. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle); the event&apos;s details are read once you trust it.</source>
        <translation>Este pacote de configuração está assinado pelo dispositivo de uma coordenação na qual este laptop ainda não confia. Confirme com a coordenação que o dispositivo e sua impressão digital são os que aparecem na tela dela (Ajuda › Sobre o eulac-desktop, ou a mensagem exibida após exportar o pacote); os dados do evento são lidos quando você confiar nela.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="49"/>
        <source>This setup bundle holds the event below, signed by the coordinator&apos;s device. Check with the coordinator that the device and its fingerprint are the ones on their screen (Help › About eulac-desktop, or the message shown after exporting the bundle).</source>
        <translation>Este pacote de configuração contém o evento abaixo, assinado pelo dispositivo da coordenação. Confirme com a coordenação que o dispositivo e sua impressão digital são os que aparecem na tela dela (Ajuda › Sobre o eulac-desktop, ou a mensagem exibida após exportar o pacote).</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="58"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="59"/>
        <source>Dates:</source>
        <translation>Datas:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="60"/>
        <source>Venue:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="61"/>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="62"/>
        <source>Coordinator&apos;s device:</source>
        <translation>Dispositivo da coordenação:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="63"/>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>Bundle made:</source>
        <translation>Pacote criado:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="86"/>
        <source>Warning: this laptop knows the device “%1” with another key. The bundle may be forged: go on only if the coordinator confirms this fingerprint.</source>
        <translation>Atenção: este computador conhece o dispositivo “%1” com outra chave. O pacote pode ser falsificado: continue só se a coordenação confirmar esta impressão digital.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="91"/>
        <source>This laptop already trusts this coordinator.</source>
        <translation>Este computador já confia nesta coordenação.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Set up the event</source>
        <translation>&amp;Preparar o evento</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/setup_laptop.py" line="94"/>
        <source>&amp;Trust this coordinator</source>
        <translation>&amp;Confiar nesta coordenação</translation>
    </message>
</context>
<context>
    <name>SurveyKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="83"/>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="167"/>
        <source>Answer the survey</source>
        <translation>Responder ao inquérito</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/survey_kiosk.py" line="209"/>
        <source>Wrong PIN</source>
        <translation>PIN incorreto</translation>
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
        <translation>Temas e seus rótulos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="192"/>
        <source>&amp;Import a list…</source>
        <translation>Imp&amp;ortar uma lista…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="193"/>
        <source>&amp;Add a topic…</source>
        <translation>&amp;Adicionar um tema…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="194"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="223"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="258"/>
        <source>Import a topics list</source>
        <translation>Importar uma lista de temas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="195"/>
        <source>Add a topic</source>
        <translation>Adicionar um tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="196"/>
        <source>A topic has a code (as people&apos;s offers and seeks name it) and a label in each of the event&apos;s languages. Double-click a label, or press F2, to rename or translate it; Ctrl+Z undoes.</source>
        <translation>Um tema tem um código (como as ofertas e procuras das pessoas o nomeiam) e um rótulo em cada idioma do evento. Clique duas vezes num rótulo, ou pressione F2, para renomeá-lo ou traduzi-lo; Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="199"/>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="200"/>
        <source>Offers and seeks that name no topic</source>
        <translation>Ofertas e procuras que não nomeiam nenhum tema</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="224"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="242"/>
        <source>Import topics</source>
        <translation>Importar temas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="246"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 adicionados, %2 atualizados, %3 sem alterações.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="250"/>
        <source>Offers and seeks that name no topic:</source>
        <translation>Ofertas e procuras que não nomeiam nenhum tema:</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="251"/>
        <source>Topics imported</source>
        <translation>Temas importados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="259"/>
        <source>The encoding is not certain. Which way are the labels written correctly?</source>
        <translation>Não é possível saber a codificação com certeza. Em qual destas versões os rótulos estão escritos corretamente?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, offered by %2</source>
        <translation>%1, oferecido por %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="269"/>
        <source>%1, sought by %2</source>
        <translation>%1, procurado por %2</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="272"/>
        <source>did you mean %1?</source>
        <translation>quis dizer %1?</translation>
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
        <translation>Clique duas vezes ou F2 para renomear ou traduzir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/topics_dialog.py" line="99"/>
        <source>Rename a topic</source>
        <translation>Renomear um tema</translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="75"/>
        <source>The bundle&apos;s clock is ahead</source>
        <translation>O relógio do pacote está adiantado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="77"/>
        <source>Its changes would win over those made here until this computer&apos;s clock catches up. Import it anyway only if you know why that device&apos;s clock is ahead.</source>
        <translation>As alterações dele venceriam as feitas aqui até o relógio deste computador alcançá-lo. Importe mesmo assim só se souber por que o relógio daquele dispositivo está adiantado.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/trust_dialogs.py" line="80"/>
        <source>Import &amp;anyway</source>
        <translation>Importar &amp;mesmo assim</translation>
    </message>
</context>
<context>
    <name>VotingKiosk</name>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="204"/>
        <source>Cast a ballot</source>
        <translation>Votar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/voting/kiosk.py" line="243"/>
        <source>Wrong PIN</source>
        <translation>PIN incorreto</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="158"/>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="190"/>
        <source>No poll yet: make one (Ctrl+Alt+N), or turn a challenge&apos;s clusters into one on the Ideas page.</source>
        <translation>Ainda não há votações: crie uma (Ctrl+Alt+N) ou transforme os grupos de um desafio em uma votação na página Ideias.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="196"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="197"/>
        <source>Reope&amp;n poll</source>
        <translation>Rea&amp;brir votação</translation>
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
        <translation>A&amp;brir votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Secret ballot.</source>
        <translation>Voto secreto.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="206"/>
        <source>Named ballot: who voted what is stored.</source>
        <translation>Voto nominal: fica registrado quem votou em quê.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="224"/>
        <source>New poll</source>
        <translation>Nova votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Open a poll</source>
        <translation>Abrir uma votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="232"/>
        <source>Close a poll</source>
        <translation>Encerrar uma votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="258"/>
        <source>Paper ballots</source>
        <translation>Votos em papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="255"/>
        <source>How many ballots?</source>
        <translation>Quantos votos em papel?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="259"/>
        <source>First serial number (1, or after those printed before):</source>
        <translation>Primeiro número de série (1, ou o seguinte aos já impressos):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="263"/>
        <source>ballots</source>
        <translation>votos em papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Save the paper ballots</source>
        <translation>Salvar os votos em papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="265"/>
        <source>Making the paper ballots…</source>
        <translation>Criando os votos em papel…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="302"/>
        <source>Void a ballot</source>
        <translation>Anular um voto</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="293"/>
        <source>Ballot (in no order: a secret poll keeps no order of casting):</source>
        <translation>Cédula (sem ordem: uma votação secreta não guarda a ordem dos votos):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="294"/>
        <source>Ballot (latest first):</source>
        <translation>Voto (o mais recente primeiro):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="298"/>
        <source>Reason (recorded):</source>
        <translation>Motivo (fica registrado):</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="345"/>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="346"/>
        <source>this poll has no result yet: an action plan is made from its top option once people have voted</source>
        <translation>esta votação ainda não tem resultado: o plano de ação é criado com a opção mais votada depois que as pessoas votarem</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="357"/>
        <source>Voting</source>
        <translation>Votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Poll</source>
        <translation>Votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="358"/>
        <source>Voted</source>
        <translation>Votaram</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="359"/>
        <source>Polls</source>
        <translation>Votações</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="360"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;New poll…</source>
        <translation>&amp;Nova votação…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="361"/>
        <source>&amp;Close</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>Voting &amp;kiosk…</source>
        <translation>&amp;Quiosque de votação…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="362"/>
        <source>&amp;Print paper ballots…</source>
        <translation>&amp;Imprimir votos em papel…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>&amp;Enter paper ballots…</source>
        <translation>&amp;Digitar votos em papel…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="363"/>
        <source>Results on the p&amp;rojector</source>
        <translation>Resultados no &amp;projetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="364"/>
        <source>&amp;Void a ballot…</source>
        <translation>Anu&amp;lar um voto…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>Action plan from the &amp;top option…</source>
        <translation>Plano de ação com a opção &amp;vencedora…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="365"/>
        <source>&amp;Action plans…</source>
        <translation>Planos de a&amp;ção…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="366"/>
        <source>Eval&amp;uation survey kiosk…</source>
        <translation>Q&amp;uiosque de avaliação…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="367"/>
        <source>Type evaluation an&amp;swers from paper…</source>
        <translation>Avaliações em papel (digi&amp;tar)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="368"/>
        <source>Evaluation survey &amp;questions…</source>
        <translation>Pe&amp;rguntas da avaliação…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="373"/>
        <source>Ne&amp;w poll</source>
        <translation>&amp;Nova votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>&amp;Close poll</source>
        <translation>En&amp;cerrar votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="374"/>
        <source>Voting &amp;kiosk</source>
        <translation>&amp;Quiosque de votação</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="375"/>
        <source>Prin&amp;t paper ballots</source>
        <translation>Imprimir vo&amp;tos em papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="376"/>
        <source>Enter p&amp;aper ballots</source>
        <translation>&amp;Digitar votos em papel</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="377"/>
        <source>&amp;Results on the projector</source>
        <translation>Resultados no p&amp;rojetor</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/pages/voting.py" line="378"/>
        <source>Voi&amp;d a ballot</source>
        <translation>Anu&amp;lar um voto</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="43"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="162"/>
        <source>Add a walk-in</source>
        <translation>Inscrever na entrada</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="46"/>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="66"/>
        <source>e.g. es; en</source>
        <translation>ex.: pt; es</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="68"/>
        <source>&amp;Given name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="69"/>
        <source>&amp;Family name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="71"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="72"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="73"/>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="74"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="77"/>
        <source>Offers (P2P topics this person can share)</source>
        <translation>Oferece (temas P2P que esta pessoa pode compartilhar)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="78"/>
        <source>Seeks (P2P topics this person wants to learn about)</source>
        <translation>Procura (temas P2P sobre os quais quer aprender)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="80"/>
        <source>Offer&amp;s</source>
        <translation>Te&amp;mas que oferece</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="81"/>
        <source>See&amp;ks</source>
        <translation>Temas que proc&amp;ura</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="82"/>
        <source>Space ticks a topic; Tab goes on.</source>
        <translation>Espaço marca um tema; Tab passa ao próximo campo.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="86"/>
        <location filename="../eulac_desktop/ui/walk_in.py" line="95"/>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="90"/>
        <source>In the person&apos;s own words</source>
        <translation>Nas palavras da pessoa</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="91"/>
        <source>Gender, self-described</source>
        <translation>Gênero, autodescrito</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="101"/>
        <source>Gen&amp;der</source>
        <translation>&amp;Gênero</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="104"/>
        <source>S&amp;takeholder type</source>
        <translation>&amp;Tipo de ator</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="114"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="115"/>
        <source>Add, then a&amp;nother</source>
        <translation>Adicionar e &amp;continuar</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="116"/>
        <source>Add and &amp;print the badge</source>
        <translation>Adicionar e imprimir o c&amp;rachá</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same e-mail</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="153"/>
        <source>same name and organisation</source>
        <translation>mesmo nome e organização</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="154"/>
        <source>very close name</source>
        <translation>nome muito parecido</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="157"/>
        <source>Already registered?</source>
        <translation>Já está inscrito?</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/walk_in.py" line="184"/>
        <source>Added %1.</source>
        <translation>Adicionado: %1.</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="71"/>
        <source>Camera</source>
        <extracomment>Where the green byte of a pixel is in the frame formats a camera gives (4 bytes a pixel): green is what zxing reads as the grey of a black-on-white badge, with no conversion of the frame (which took 4 times the decoding).</extracomment>
        <translation>Câmera</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="106"/>
        <source>No camera found. Plug one in, or use the USB scanner.</source>
        <translation>Nenhuma câmera encontrada. Conecte uma ou use o leitor USB.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="135"/>
        <source>The camera stopped: %1. Check that it is plugged in and not used by another program.</source>
        <translation>A câmera parou: %1. Verifique se ela está conectada e se nenhum outro programa a está usando.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
        <source>Stop the camera</source>
        <translation>Desligar a câmera</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/webcam.py" line="154"/>
        <source>Start the camera</source>
        <translation>Ligar a câmera</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="85"/>
        <source>%1 (missing)
%2</source>
        <translation>%1 (não encontrado)
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
        <translation>Boas-vindas ao eulac-desktop</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="108"/>
        <source>Register participants, check them in, capture ideas, vote and plan peer-to-peer learning — all offline, on this laptop.</source>
        <translation>Inscreva participantes, faça o credenciamento, colete ideias, vote e planeje a aprendizagem entre pares — tudo sem conexão, neste computador.</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="110"/>
        <source>&amp;New event…  (Ctrl+N)</source>
        <translation>&amp;Novo evento…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="111"/>
        <source>&amp;Open an event…  (Ctrl+O)</source>
        <translation>&amp;Abrir um evento…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="112"/>
        <source>Set up this &amp;laptop from a setup bundle…</source>
        <translation>Preparar este &amp;computador com um pacote de configuração…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="113"/>
        <source>A second laptop for the same event: use the setup bundle the coordinator exported (Results › Export a setup bundle…)</source>
        <translation>Um segundo computador para o mesmo evento: use o pacote de configuração que a coordenação exportou (Resultados › Exportar um pacote de configuração…)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="115"/>
        <source>Open the &amp;demo event  (Ctrl+D)</source>
        <translation>Abrir o evento de &amp;demonstração  (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="116"/>
        <source>New &amp;master file (coordinators)…</source>
        <translation>Novo arquivo &amp;mestre (coordenação)…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="117"/>
        <source>A master file gathers the result bundles of several events</source>
        <translation>Um arquivo mestre reúne os pacotes de resultados de vários eventos</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="119"/>
        <location filename="../eulac_desktop/ui/welcome.py" line="120"/>
        <source>Recent events</source>
        <translation>Eventos recentes</translation>
    </message>
    <message>
        <location filename="../eulac_desktop/ui/welcome.py" line="121"/>
        <source>Enter opens the selected event; Delete removes it from this list.</source>
        <translation>Enter abre o evento selecionado; Delete o remove desta lista.</translation>
    </message>
</context>
</TS>
