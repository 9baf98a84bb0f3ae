"""Spanish. Dropped subjects ("dijo", "señala") and dash-led dialogue."""

from .base import profile

PROFILE = profile(
    "es",
    adjectives_follow_nouns=True,
    drops_subjects=True,
    plural_verb=r"han|habian|habrian|\w+(?:an|en|aron|ieron|eron)",  # (third person plural: a group speaks)
    auxiliaries="ha han había habían habría habrá es son era eran fue fueron está están estaba será sería",
    speech_verbs="""añaden|escriben|denuncian|critican|recuerdan|interrumpió|interrumpe|terció|tercia|protesta|protestó|protestaba|ha protestado|se lamentó|se lamenta|refunfuña|repitió|repite|ha repetido|aseguran|afirman|señalan|explican|indican|apuntan|advierten|sostienen|insisten|gritaba|exclamaba|clamaba|gritaban|sonríe|sonrió|sonreía|ríe|rió|bromeó|se entusiasma|calificado|calificada|tachado|tachada|descrito|descrita|se quejó|se queja|lanzó|remachó|remacha|ha sentenciado|sentenció|ha zanjado|zanjó|ha espetado|espetó|ha remachado|ha lanzado|habla de|habló de|hablaba de|ha hablado de|hablan de|hablando de|cuenta|confiesa|confesó|narra|narró|reflexiona|reflexionó|zanja|resume|resumió|bromea|bromeó|suspira|suspiró|gritó|grita|ha gritado|exclamó|exclama|ha exclamado|replicó|ha replicado|recalcó|recalca|ha recalcado|reiteró|reitera|enfatizó|enfatiza|planteó|plantea|puntualizó|puntualiza|aclaró|aclara|matizó|matiza|zanjó|remarcó|remarca|valoró|valora|consideró|considera|estimó|estima|exigió|exige|reclamó|reclama|prometió|promete|garantizó|garantiza|ironizó|ironiza|admitió|admite|apostilló|apostilla|contó|aseguraron|afirmaron|explicaron|señalaron|indicaron|denunciaron|advirtieron|destacaron|ha reiterado|ha enfatizado|ha aclarado|ha puntualizado|ha criticado|ha denunciado|ha reconocido|ha admitido|ha apuntado|ha precisado|ha comentado|ha defendido|ha lamentado|ha pedido|ha exigido|ha reclamado|ha escrito|ha respondido|ha anunciado|ha sostenido|ha expresado|ha relatado|ha valorado|ha considerado|
    dijo|dice|dicen|dijeron|ha dicho|han dicho|había dicho|declaró|declara|ha declarado|
    afirmó|afirma|ha afirmado|añadió|añade|ha añadido|agregó|agrega|explicó|explica|ha explicado|
    señaló|señala|ha señalado|subrayó|subraya|destacó|destaca|resaltó|resalta|aseguró|asegura|
    ha asegurado|advirtió|advierte|escribió|escribe|tuiteó|insistió|insiste|manifestó|manifiesta|
    sostuvo|sostiene|indicó|indica|precisó|precisa|apuntó|apunta|recordó|recuerda|criticó|critica|
    denunció|denuncia|respondió|responde|contestó|contesta|ha contestado|preguntó|pregunta|concluyó|concluye|reconoció|reconoce|
    anunció|anuncia|expresó|expresa|comentó|comenta|lamentó|lamenta|defendió|defiende|aseveró|
    insta|instó|inquiere|inquirió|hace hincapié|hizo hincapié|replica|replicó|pide|pidió|reprocha|
    reprochó|espeta|espetó|calificó|califica|ha calificado|tildó|tilda|ha manifestado|ha subrayado|ha destacado|ha indicado|ha recordado|
    ha advertido|ha insistido|ha confirmado|confirmó|confirma|relató|relata|opinó|opina|sentenció|
    añadiendo|agregando|explicando|señalando|subrayando|destacando|asegurando|advirtiendo|
    insistiendo|afirmando|declarando|recordando|indicando|precisando|denunciando|concluyendo|
    reconociendo|lamentando|informó|informa|ha informado|alertó|alerta|ha alertado|avisó|avisa|
    ha avisado|detalló|detalla|ha detallado|
    decía|explicaba|contaba|comentaba|señalaba|aseguraba|relataba|recordaba|lamentaba|insistía|añadía|afirmaba|resumía|advertía|sostenía|apuntaba|reconocía|admitía|confesaba|denunciaba|criticaba|subrayaba|destacaba|preguntaba|respondía|bromeaba|repetía|declaraba|opinaba|defendía""",
    according_to="según|de acuerdo con|a juicio de|en palabras de|en palabras del|palabras de|palabras del",
    impersonal="se lee|se leía|puede leerse|se afirma|se asegura",
    these_words="fue la respuesta de|la respuesta de|fue la réplica de|la réplica de|palabra de|palabras de|palabra del|palabras del|con estas palabras|con esas palabras|en estas palabras|así lo|asi lo|son palabras de|eran palabras de|fueron palabras de|son palabras del|eran palabras del|fueron palabras del|así lo explicó|así lo expresó",
    relative_pronouns="quien quienes cual cuales",
    dialogue_dashes=True,
    according_at_start="para",
    masculine="él",
    feminine="ella",
    pronouns="él ella ellos ellas",
    plural_pronouns="ellos ellas",
    first_person_objects="me",
    role_synonyms="jefe del ejecutivo=presidente del gobierno|jefe de la diplomacia=ministro de asuntos exteriores|inquilino de la moncloa=presidente del gobierno|titular=ministro|titular=ministra|tecnico=entrenador|tecnica=entrenadora|regidor=alcalde|regidora=alcaldesa|letrado=abogado|letrada=abogada|edil=concejal|edila=concejala|primer edil=alcalde|primera edil=alcaldesa",
    plurals="s es z>ces",
    personal_relatives="quien quienes",
    kin_nouns="hijo hija madre padre esposa esposo marido mujer hermano hermana nieto nieta abuela abuelo tio tia sobrino sobrina primo prima viuda viudo pareja suegra suegro amigo amiga vecino vecina companero companera colega novio novia mamá papá",
    writer_asks="preguntamos|pregunto|le preguntamos|le pregunto|hemos preguntado|le hemos preguntado",
    articles_before_bodies=True,
    latter="este último=m|esta última=f",
    past_participle=r"\w{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)",
    relation_nouns="crítico aliado partidario opositor familia familiares padres entorno fuente allegado defensa",
    role_nouns="""técnico técnica inquilino titular regidor regidora letrado letrada edil edila fundador fundadora cardenal obispo arzobispo párroco cliente defendido defendida presidente presidenta doctor doctora ministro ministra portavoz secretario secretaria líder dirigente
    jefe jefa director directora embajador diplomático primer canciller alcalde alcaldesa experto
    experta analista profesor comandante general enviado negociador abogado médico investigador autor
    papa asesor diputado diputada senador gobernador responsable
    senadora gobernadora profesora abogada médica investigadora autora asesora consejero consejera vicepresidente vicepresidenta juez jueza fiscal economista delegado delegada concejal concejala acusado acusada
    hombre mujer miembro joven testigo residente""",
    document_nouns="carta tuit mensaje nota texto",
    naming_nouns="libro novela ensayo película documental canción álbum serie programa campaña plan proyecto operación iniciativa festival exposición espectáculo poema lema eslogan hashtag pódcast podcast columna ley manifiesto",
    organization_nouns="""club grupo equipo presidencia ministerio gobierno departamento oficina consejo comisión agencia declaración
    comunicado informe kremlin administración embajada tribunal policía ejército asociación partido
    empresa organismo oposición filial servicios plataforma washington pekín moscú kiev bruselas
    universidad hospital ayuntamiento sindicato fundación""",
    masculine_determiners="el un este ese aquel del al",
    feminine_determiners="la una esta esa aquella",
    determiners="el la los las un una este esta su sus",
    possessives="su sus",
    not_names="""poco vez veces pero y o si cuando mientras después antes como también luego sin en sobre a de del
    por para con nosotros yo tú usted lunes martes miércoles jueves viernes sábado domingo
    desde tras según hacia hasta durante mediante ante bajo contra entre al""",
    clause_openers="mientras pero aunque",
    quoting_verbs="citó|cita|citando|ha citado",
    indefinite_articles="un una unos unas otro otra otros otras",
    scare_markers="supuesto|supuesta|supuestos|supuestas|llamado|llamada|denominado|denominada|autodenominado|autodenominada|mal llamado|llamados|llamadas|denominados|denominadas|titulado|titulada|la palabra|el término|el lema|bautizado|bautizada",
    denial_verbs="negó|niega|ha negado|acusó|acusa|ha acusado|rechazó|rechaza",
    participle_endings="ndo",
    complementizers="que",
    asking_verbs="preguntó pregunta preguntaba",
    perception_verbs="oyó oí oír oído oyeron escuchó escuché escuchado",
    object_verbs="agradece agradecio agradeciendo agradecido ataco atacado acuso acusado criticado elogiado saludado reprendio",
    and_words="y e",
    object_pronouns="le",
    answer_words="respuesta réplica replica",
    object_clitics="me te se nos os le les lo la",
    passive_naming="es era fue sido son > calificado calificada descrito descrita presentado presentada llamado llamada tachado tachada",
)
