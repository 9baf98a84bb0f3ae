"""Italian. The subject is often dropped ("ha aggiunto") or follows the verb ("ha detto il ministro")."""

from .base import profile

PROFILE = profile(
    "it",
    adjectives_follow_nouns=True,
    drops_subjects=True,
    plural_verb=r"hanno|avevano|avrebbero|\w+(?:ano|ono|ebbero|rono)",  # (third person plural: a group speaks)
    auxiliaries="ha hanno aveva avevano avrebbe avrà sono era erano sarà sarebbe sia fu",
    speech_verbs="""aveva parlato|avevano parlato|scherzano|sentenziano|ridono|sorridono|scrivono|aggiungono|dichiarano|osservano|ribadiscono|denunciano|chiedono|rispondono|precisano|attaccano|commentano|annunciano|ricordano|replicano|raccontano|confermano|lamentano|evidenziano|sostengono|hanno ribadito|hanno risposto|hanno replicato|hanno raccontato|rincara|ha rincarato|rincarava|ha interrotto|interrompe|è intervenuto|è intervenuta|protesta|protestava|ha protestato|brontola|sbuffa|si sfoga|si è sfogato|si è sfogata|assicurano|affermano|spiegano|sottolineano|riferiscono|avvertono|insistono|hanno assicurato|hanno fatto sapere|fanno sapere|hanno riferito|gridava|urlava|fa eco|ha fatto eco|faceva eco|hanno fatto eco|fanno eco|sorride|sorrideva|ha sorriso|ride|rideva|si entusiasma|definito|definita|bollato|bollata|rassicura|ha rassicurato|minimizza|ha minimizzato|rivendica|ha rivendicato|ripete|ha ripetuto|chiosa|ha chiosato|sbotta|è sbottato|è sbottata|si è detto|si è detta|si sfoga|si è sfogato|si è sfogata|si difende|si è difeso|si è difesa|ha criticato|si augura|si è augurato|si è augurata|annota|ha annotato|polemizza|ha polemizzato|svela|ha svelato|confessa|ha confessato|confessò|sospira|ha sospirato|scherza|ha scherzato|ha gridato|grida|gridò|ha urlato|urla|urlò|ha esclamato|esclama|esclamò|ribatte|ha ribattuto|ha rivelato|rivela|ha chiarito|chiarisce|ha ammonito|ammonisce|ha puntualizzato|puntualizza|ha ironizzato|ironizza|ha incalzato|incalza|ha rilanciato|rilancia|ha fatto notare|fa notare|ha sentenziato|sentenzia|ha tagliato corto|taglia corto|ha confidato|confida|ha segnalato|segnala|ha auspicato|auspica|ha garantito|garantisce|ha promesso|promette|ha invitato|ha esortato|esorta|ha messo in guardia|mette in guardia|hanno dichiarato|hanno spiegato|hanno aggiunto|hanno sottolineato|hanno scritto|hanno affermato|hanno denunciato|si legge|ha dichiarato a|dichiarava|diceva|spiegava|raccontava|ha continuato|continua|
    ha detto|hanno detto|aveva detto|detto|dice|dicono|disse|ha dichiarato|dichiarato|
    dichiara|ha affermato|afferma|affermato|ha aggiunto|aggiunge|aggiunto|ha spiegato|spiega|spiegato|
    ha sottolineato|sottolinea|sottolineato|ha osservato|osserva|ha ribadito|ribadisce|ha scritto|
    scrive|ha twittato|ha commentato|commenta|ha avvertito|avverte|ha concluso|conclude|ha sostenuto|
    sostiene|sostenendo|ha annunciato|annuncia|ha ammesso|ammette|ha chiesto|ha domandato|chiede|ha risposto|
    risponde|rispose|ha precisato|precisa|ha evidenziato|evidenzia|ha denunciato|denuncia|ha definito|
    definisce|ha assicurato|assicura|ha proseguito|prosegue|ha insistito|ha rimarcato|ha accusato|
    ha attaccato|attacca|ha esordito|ha citato|ha riferito|riferisce|ha fatto sapere|fa sapere|
    ha scandito|ha tuonato|tuona|ha avvertito|
    ha affermato che|ha ricordato|ricorda|ha sollecitato|ha parlato|parla|parlava|parlò|parlano|parlando|ha lanciato|
    ha replicato|replica|ha raccontato|racconta|ha confermato|conferma|ha lamentato|lamenta|insiste|
    aggiungendo|sottolineando|spiegando|affermando|dichiarando|ribadendo|osservando|avvertendo|
    precisando|ricordando|denunciando|concludendo|evidenziando|assicurando|accusando|rispondendo|
    commentava|ricordava|sottolineava|aggiungeva|affermava|ripeteva|chiedeva|rispondeva|ammetteva|insisteva|denunciava|scriveva|sosteneva|osservava|confessava""",
    according_to="secondo|a detta di|nelle parole di|con le parole di|per dirla con",
    impersonal="è scritto|c'è scritto|c’è scritto|si legge|si leggeva|vi si legge|si afferma|si sostiene",
    these_words="è stata la risposta di|è stata la replica di|la risposta di|la replica di|è il commento di|il commento di|parola di|parole di|parola del|parola della|parola dello|parola dell|parola degli|parole del|parole della|parole dell|con queste parole|con tali parole|così|cosi|queste le parole di|queste le parole del|"
    "queste le parole della|sono le parole di|lo ha detto|lo ha spiegato|lo ha dichiarato|a parlare così è|a parlare è|"
    "a dirlo è|a spiegarlo è|a sostenerlo è|a denunciarlo è|a raccontarlo è",
    according_at_start="per",
    masculine="lui egli",
    feminine="lei ella",
    pronouns="lui lei egli ella essi",
    plural_pronouns="essi",
    first_person_objects="mi m",
    role_synonyms="premier=presidente del consiglio|capo della diplomazia=ministro degli esteri|guardasigilli=ministro della giustizia|titolare del viminale=ministro dell'interno|titolare della farnesina=ministro degli esteri|capo dello stato=presidente della repubblica|prima cittadina=sindaca|primo cittadino=sindaco|governatore=presidente della regione|governatrice=presidente della regione|legale=avvocato|legale=avvocata|titolare=ministro|titolare=ministra|magistrato=pm|magistrato=procuratore|magistrato=giudice|magistrata=pm|magistrata=procuratrice|magistrata=giudice",
    plurals="o>i a>e a>i e>i",
    kin_nouns="figlio figlia madre padre moglie marito fratello sorella nipote nonna nonno zio zia cugino cugina compagna compagno vedova vedovo suocera suocero amico amica vicino vicina collega fidanzato fidanzata mamma papà",
    writer_asks="chiediamo|chiedo|gli chiediamo|le chiediamo|abbiamo chiesto|ho chiesto|domandiamo|gli abbiamo chiesto|le abbiamo chiesto",
    articles_before_bodies=True,
    participle_gender=((r"(?:si |s['’])?e (?:stat[ao] )?\w+(?:ata|uta|ita|tta)", "f"), (r"(?:si |s['’])?e (?:stat[ao] )?\w+(?:ato|uto|ito|tto)", "m")),
    latter="quest'ultimo=m|quest’ultimo=m|quest'ultima=f|quest’ultima=f",
    relative_pronouns="quale quali",
    past_participle=r"\w{3,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)",
    relation_nouns="critico critici alleato sostenitore oppositore famiglia familiari genitori entourage fonte fonti difesa",
    role_nouns="""guardasigilli titolare legale cittadino cittadina fondatore fondatrice cardinale arcivescovo monsignore parroco capogruppo attore attrice assistito assistita presidente dottore ministro ministra portavoce segretario segretaria leader capo direttore
    direttrice ambasciatore diplomatico premier cancelliere sindaco esperto analista professore
    comandante generale inviato negoziatore avvocato medico ricercatore autore papa consigliere
    relatore deputato senatore governatore dirigente
    sindaca deputata senatrice governatrice professoressa avvocata consigliera esperta ambasciatrice inviata dottoressa assessore assessora virologo virologa epidemiologo epidemiologa economista giudice procuratore procuratrice commissario commissaria vicepresidente sottosegretario sottosegretaria ricercatrice autrice medica primario sindacalista imputato imputata
    questore prefetto magistrato magistrata coordinatore coordinatrice funzionario funzionaria
    amministratore amministratrice testimone comandante capitano colonnello rettore vescovo
    delegato delegata rappresentante infermiere infermiera allenatore allenatrice
    uomo donna membro residente abitante ragazzo ragazza""",
    document_nouns="lettera tweet post messaggio nota",
    naming_nouns="libro romanzo saggio film documentario canzone album serie trasmissione campagna progetto operazione iniziativa festival mostra spettacolo poesia slogan motto hashtag podcast rubrica legge manifesto",
    organization_nouns="""club gruppo squadra presidenza ministero governo dipartimento ufficio consiglio commissione agenzia dichiarazione
    rapporto cremlino amministrazione ambasciata tribunale polizia esercito associazione partito
    società azienda washington pechino mosca kiev bruxelles
    università ospedale comune regione provincia procura sindacato fondazione""",
    masculine_determiners="il lo un uno questo quel quello del dello al allo dal col",
    feminine_determiners="la una questa quella della alla dalla sulla",
    determiners="il lo la i gli le un uno una l questo questa suo sua",
    possessives="suo sua suoi sue loro",
    not_names="""po ma e o se quando mentre dopo prima come anche poi però in su a di da con per tra
    noi io tu voi lunedì martedì mercoledì giovedì venerdì sabato domenica
    sul sulla sullo sui sugli sulle nel nella nello nei negli nelle al allo alla ai agli alle dallo dai dagli dalle dello dei degli delle col coi presso durante secondo verso contro senza oltre sotto sopra fra""",
    clause_openers="mentre ma sebbene benché",
    quoting_verbs="ha citato|cita|citando|citato",
    indefinite_articles="un uno una",
    scare_markers="cosiddetto|cosiddetta|cosiddetti|cosiddette|sedicente|sedicenti|intitolato|intitolata|chiamato|chiamata|chiamati|chiamate|denominato|denominata|la parola|il termine|lo slogan",
    denial_verbs="ha negato|nega|negato|ha accusato|accusa|ha respinto|respinge",
    participle_endings="ndo",
    complementizers="che",
    asking_verbs="chiesto chiede chiedeva domandato domanda",
    perception_verbs="sentito sentire sente sentiva udito",
    and_words="e ed",
    object_verbs="ringrazia ringraziato ringraziando attaccato criticato elogiato lodato salutato rimproverato bacchettato punzecchiato",
    answer_words="risposta replica",
    object_clitics="mi m ti ci vi gli le lo la l li si ne glielo gliela",
    passive_naming="viene veniva venne è era stato stata stati state > definito definita definiti definite descritto descritta dipinto dipinta chiamato chiamata bollato bollata etichettato etichettata",
)
