"""French. Inverted cues after a quote: "a-t-il ajouté", "a déclaré le ministre"."""

from .base import profile

PROFILE = profile(
    "fr",
    adjectives_follow_nouns=True,
    auxiliaries="a ont avait avaient aurait aura est sont était étaient sera serait fut",
    speech_verbs="""fait valoir|fait-on valoir|font valoir|a fait valoir|ont fait valoir|a-t-il fait valoir|a-t-elle fait valoir|réclame|réclament|exige|exigent|invoque|crient|criaient|scandent|scandaient|estimait|jugeait|regrettait|reconnaissait|précisait|notait|observait|avouait|martelait|lâchait|écrivent|a interrompu|interrompt|proteste|protestait|a protesté|peste|pestait|se plaint|se plaignait|s'est plaint|s'est plainte|s’est plaint|s’est plainte|râle|grogne|fait écho|a fait écho|faisait écho|indiquent|précisent|criait|s'écriait|hurlait|s'est-elle agacée|s'est-elle emportée|s'est-elle défendue|s'est-elle félicitée|s'est-elle dite|s'est-elle montrée|s'est-elle réjouie|s'est-elle inquiétée|s'est-il agacé|s'est-il emporté|s'est-il défendu|s'est-il félicité|s'est-il dit|s'est-il montré|s'est-il réjoui|s'est-il inquiété|s’est-elle agacée|s’est-elle emportée|s’est-elle défendue|s’est-elle félicitée|s’est-elle dite|s’est-elle montrée|s’est-elle réjouie|s’est-elle inquiétée|s’est-il agacé|s’est-il emporté|s’est-il défendu|s’est-il félicité|s’est-il dit|s’est-il montré|s’est-il réjoui|s’est-il inquiété|fait savoir|fait valoir|assène|justifie|répète|s'agace|s’agace|s'emporte|s’emporte|se défend|fustige|balaie|cingle|raille|a fait savoir|a fait valoir|a asséné|a justifié|a répété|a fustigé|a balayé|a cinglé|a raillé|a-t-il fait savoir|a-t-il fait valoir|a-t-il asséné|a-t-il justifié|a-t-il répété|a-t-il fustigé|a-t-il balayé|a-t-il cinglé|a-t-il raillé|a-t-elle fait savoir|a-t-elle fait valoir|a-t-elle asséné|a-t-elle justifié|a-t-elle répété|a-t-elle fustigé|a-t-elle balayé|a-t-elle cinglé|a-t-elle raillé|s'est agacé|s'est agacée|s'est emporté|s'est emportée|s'est défendu|s'est défendue|s’est agacé|s’est agacée|s’est emporté|s’est emportée|s’est défendu|s’est défendue|parle de|parle d|parlait de|parlait d|a parlé de|a parlé d|avait parlé de|avait parlé d|parlant de|parlant d|soupire|a soupiré|plaisante|a plaisanté|révèle|a révélé|a crié|crie|s'est écrié|s’est écrié|s'est écriée|s’est écriée|s'exclame|s’exclame|s'est exclamé|s’est exclamé|s'est exclamée|s’est exclamée|réplique|a répliqué|a-t-il répliqué|a-t-elle répliqué|répliqué|salue|a salué|a-t-il salué|a-t-elle salué|constate|commente|raconte|témoigne|regrette|observe|note|conclut|résume|ironise|tranche|détaille|nuance|rétorque|renchérit|s'insurge|s’insurge|s'inquiète|s’inquiète|se félicite|se réjouit|s'interroge|s’interroge|demande|souffle|glisse|lâche|confirme|admet|concède|plaide|soutient|promet|avance|argue|argumente|rapporte|relate|signale|mentionne|évoque|reproche|critique|enchaîne|complète|reprend|tempère|défend|s'exclame|s’exclame|avoue|tweete|affirment|déclarent|disent|expliquent|estiment|soulignent|ajoutent|préviennent|dénoncent|assurent|s'est dit|s’est dit|s'est félicité|s’est félicité|s'est félicitée|s’est félicitée|s'est inquiété|s’est inquiété|s'est inquiétée|s’est inquiétée|s'est interrogé|s’est interrogé|s'est exclamé|s’est exclamé|constatant|commentant|racontant|notant|observant|regrettant|reconnaissant|admettant|promettant|demandant|répondant|concluant|résumant|a constaté|a raconté|a témoigné|a regretté|a observé|a noté|a résumé|a ironisé|a tranché|a détaillé|a nuancé|a rétorqué|a renchéri|a demandé|a glissé|a lâché|a confirmé|a admis|a concédé|a plaidé|a soutenu|a promis|a avancé|a argué|a rapporté|a relaté|a signalé|a mentionné|a évoqué|a reproché|a critiqué|a enchaîné|a complété|a repris|a défendu|a avoué|a tempéré|ont constaté|ont raconté|ont témoigné|ont regretté|ont observé|ont noté|ont résumé|ont ironisé|ont tranché|ont détaillé|ont nuancé|ont rétorqué|ont renchéri|ont demandé|ont glissé|ont lâché|ont confirmé|ont admis|ont concédé|ont plaidé|ont soutenu|ont promis|ont avancé|ont argué|ont rapporté|ont relaté|ont signalé|ont mentionné|ont évoqué|ont reproché|ont critiqué|ont enchaîné|ont complété|ont repris|ont défendu|ont avoué|ont tempéré|avait constaté|avait raconté|avait témoigné|avait regretté|avait observé|avait noté|avait résumé|avait ironisé|avait tranché|avait détaillé|avait nuancé|avait rétorqué|avait renchéri|avait demandé|avait glissé|avait lâché|avait confirmé|avait admis|avait concédé|avait plaidé|avait soutenu|avait promis|avait avancé|avait argué|avait rapporté|avait relaté|avait signalé|avait mentionné|avait évoqué|avait reproché|avait critiqué|avait enchaîné|avait complété|avait repris|avait défendu|avait avoué|avait tempéré|a-t-il constaté|a-t-il raconté|a-t-il témoigné|a-t-il regretté|a-t-il observé|a-t-il noté|a-t-il résumé|a-t-il ironisé|a-t-il tranché|a-t-il détaillé|a-t-il nuancé|a-t-il rétorqué|a-t-il renchéri|a-t-il demandé|a-t-il glissé|a-t-il lâché|a-t-il confirmé|a-t-il admis|a-t-il concédé|a-t-il plaidé|a-t-il soutenu|a-t-il promis|a-t-il avancé|a-t-il argué|a-t-il rapporté|a-t-il relaté|a-t-il signalé|a-t-il mentionné|a-t-il évoqué|a-t-il reproché|a-t-il critiqué|a-t-il enchaîné|a-t-il complété|a-t-il repris|a-t-il défendu|a-t-il avoué|a-t-il tempéré|a-t-elle constaté|a-t-elle raconté|a-t-elle témoigné|a-t-elle regretté|a-t-elle observé|a-t-elle noté|a-t-elle résumé|a-t-elle ironisé|a-t-elle tranché|a-t-elle détaillé|a-t-elle nuancé|a-t-elle rétorqué|a-t-elle renchéri|a-t-elle demandé|a-t-elle glissé|a-t-elle lâché|a-t-elle confirmé|a-t-elle admis|a-t-elle concédé|a-t-elle plaidé|a-t-elle soutenu|a-t-elle promis|a-t-elle avancé|a-t-elle argué|a-t-elle rapporté|a-t-elle relaté|a-t-elle signalé|a-t-elle mentionné|a-t-elle évoqué|a-t-elle reproché|a-t-elle critiqué|a-t-elle enchaîné|a-t-elle complété|a-t-elle repris|a-t-elle défendu|a-t-elle avoué|a-t-elle tempéré|ont-ils constaté|ont-ils raconté|ont-ils témoigné|ont-ils regretté|ont-ils observé|ont-ils noté|ont-ils résumé|ont-ils ironisé|ont-ils tranché|ont-ils détaillé|ont-ils nuancé|ont-ils rétorqué|ont-ils renchéri|ont-ils demandé|ont-ils glissé|ont-ils lâché|ont-ils confirmé|ont-ils admis|ont-ils concédé|ont-ils plaidé|ont-ils soutenu|ont-ils promis|ont-ils avancé|ont-ils argué|ont-ils rapporté|ont-ils relaté|ont-ils signalé|ont-ils mentionné|ont-ils évoqué|ont-ils reproché|ont-ils critiqué|ont-ils enchaîné|ont-ils complété|ont-ils repris|ont-ils défendu|ont-ils avoué|ont-ils tempéré|ont-elles constaté|ont-elles raconté|ont-elles témoigné|ont-elles regretté|ont-elles observé|ont-elles noté|ont-elles résumé|ont-elles ironisé|ont-elles tranché|ont-elles détaillé|ont-elles nuancé|ont-elles rétorqué|ont-elles renchéri|ont-elles demandé|ont-elles glissé|ont-elles lâché|ont-elles confirmé|ont-elles admis|ont-elles concédé|ont-elles plaidé|ont-elles soutenu|ont-elles promis|ont-elles avancé|ont-elles argué|ont-elles rapporté|ont-elles relaté|ont-elles signalé|ont-elles mentionné|ont-elles évoqué|ont-elles reproché|ont-elles critiqué|ont-elles enchaîné|ont-elles complété|ont-elles repris|ont-elles défendu|ont-elles avoué|ont-elles tempéré|dit|disait|déclare|déclaré|affirme|affirmé|ajoute|ajouté|explique|expliqué|souligne|
    sourit|souriait|rit|riait|s'amuse|s’amuse|s'enthousiasme|s’enthousiasme|s'esclaffe|s’esclaffe|estime|assure|précise|indique|écrit|avertit|insiste|martèle|lance|répond|répondit|annonce|reconnaît|dénonce|
    juge|rappelle|poursuit|confie|déplore|réagit|prévient|appelle|qualifie|
    ajoutant|expliquant|soulignant|affirmant|estimant|assurant|précisant|indiquant|rappelant|
    dénonçant|accusant|insistant|déclarant|avertissant|jugeant|qualifiant|martelant|
    expliquait|racontait|commentait|rappelait|soulignait|ajoutait|affirmait|déclarait|répétait|demandait|répondait|admettait|insistait|dénonçait|écrivait|confiait|assurait|lançait|glissait|résumait|estimait"""
    # The compound past, in the singular and the plural and inverted after a quote ("a déclaré",
    # "ont déclaré", "a-t-elle souligné"), for every participle.
    + "|".join(
        f"{auxiliary} {participle}"
        for auxiliary in ("a", "ont", "avait", "a-t-il", "a-t-elle", "ont-ils", "ont-elles")
        for participle in """dit déclaré affirmé ajouté expliqué souligné estimé assuré précisé indiqué
        écrit tweeté averti prévenu insisté martelé lancé répondu commenté conclu annoncé reconnu
        dénoncé accusé jugé rappelé poursuivi confié fustigé qualifié déploré réagi appelé
        raillé attaqué ironisé tranché glissé rétorqué riposté cinglé tancé taclé répliqué lâché concédé
        admis résumé détaillé nuancé renchéri plaidé promis raconté témoigné regretté observé noté
        confirmé démenti protesté objecté soufflé relevé salué souri
        réclamé exigé invoqué crié scandé""".split()
    ),
    according_to="selon|d’après|d'après|pour reprendre les mots de|selon les mots de",
    impersonal="peut-on lire|lit-on|peut-on y lire|est-il écrit|est-il précisé|est-il indiqué",
    these_words="a été la réponse de|telle a été la réponse de|la réponse de|la réplique de|parole de|c'est en ces termes que|c’est en ces termes que|en ces termes|par ces mots||tels sont les mots de|ce sont les mots de|ce sont les propos de|ainsi parlait|parole du|parole de la|la réponse du|la réplique du|tels sont les mots du|ce sont les mots du|ce sont les propos du|"
    "c'est par ces mots que|c’est par ces mots que|ces mots, c'est|ces mots, c’est|ces propos, c'est|ces propos, c’est|"
    "c'est ce qu'a|c’est ce qu’a|c'est ce qu'ont|c’est ce qu’ont|c'est ce qu'affirme|c’est ce qu’affirme|"
    "c'est ce qu'estime|c’est ce qu’estime",
    relative_pronouns="qui lequel laquelle lesquels lesquelles",
    according_at_start="pour",
    masculine="il",
    feminine="elle",
    pronouns="il elle ils elles",
    plural_pronouns="ils elles",
    indefinite_pronouns="on",
    first_person_objects="m me",
    role_synonyms="chef de l'etat=president de la republique|chef de la diplomatie=ministre des affaires etrangeres|garde des sceaux=ministre de la justice|locataire de matignon=premier ministre|locataire de l'elysee=president de la republique|chef du gouvernement=premier ministre|edile=maire",
    plurals="s x al>aux",
    kin_nouns="fils fille mere pere femme mari frere soeur sœur petit-fils petite-fille grand-mere grand-pere oncle tante neveu niece cousin cousine compagne compagnon veuve veuf epouse epoux ami amie voisin voisine collegue copain copine maman papa",
    writer_asks="demandons-nous|demandé-je|avons-nous demandé|ai-je demandé|lui demandons-nous|lui ai-je demandé",
    articles_before_bodies=True,
    participle_gender=((r"s['’]est(?:-elle)? \w+(?:ee|ite)", "f"), (r"s['’]est(?:-il)? \w+(?:e|it)", "m")),
    latter="ce dernier=m|cette dernière=f",
    past_participle=r"\w{3,}(?:é|ée|és|ées)",
    relation_nouns="détracteur critique allié partisan opposant famille parents proche proches entourage source défense",
    role_nouns="""garde locataire edile fondateur fondatrice cardinal évêque archevêque curé client cliente président présidente docteur docteure ministre porte-parole secrétaire dirigeant dirigeante chef
    directeur directrice ambassadeur diplomate premier chancelier maire expert experte analyste
    professeur élu élue commandant général envoyé négociateur avocat médecin chercheur auteur pape conseiller
    conseillère député sénateur responsable
    députée sénatrice avocate chercheuse autrice ambassadrice commandante négociatrice envoyée juge procureur procureure économiste préfet préfète adjoint adjointe accusé accusée prévenu prévenue édile substitut capitaine commissaire représentant représentante délégué déléguée syndicaliste infirmière infirmier me maître
    membre témoin habitant habitante passant passante
    entraîneur entraîneuse""",
    document_nouns="lettre courrier tweet message courriel note",
    naming_nouns="livre roman essai ouvrage film documentaire chanson album série émission campagne plan projet opération initiative festival exposition spectacle opéra poème slogan devise hashtag podcast chronique loi manifeste",
    organization_nouns="""club groupe équipe présidence sources ministère gouvernement département bureau conseil commission agence déclaration
    communiqué rapport kremlin administration ambassade tribunal police armée association parti
    entreprise société washington pékin moscou kiev bruxelles
    université hôpital syndicat mairie fondation""",
    masculine_determiners="le un ce cet du au",
    feminine_determiners="la une cette",
    determiners="le la les l un une ce cette son sa ses leur",
    possessives="son sa ses leur leurs",
    title_abbreviations="m mm",
    not_names="""peu mais et ou si quand lorsque après avant comme aussi puis cependant en dans sur à de du
    des par pour avec m mme mm nous je tu vous on lundi mardi mercredi jeudi vendredi samedi dimanche
    depuis pendant selon chez vers parmi malgré sans sous entre contre au aux lors""",
    clause_openers="tandis alors mais bien",
    quoting_verbs="a cité|cite|citant|citait",
    indefinite_articles="un une des",
    scare_markers="soi-disant|prétendue|prétendu|prétendues|prétendus|autoproclamé|autoproclamée|intitulé|intitulée|baptisé|baptisée|le mot|le terme|le slogan",
    denial_verbs="a démenti|dément|a nié|nie|a accusé|accuse|a rejeté|rejette",
    participle_endings="ant",
    complementizers="que qu",
    asking_verbs="demandé demande demandait interroge interrogé",
    perception_verbs="entendu entendre entend entendait entendais",
    and_words="et",
    object_pronouns="lui",
    answer_words="réponse reponse réplique replique",
    object_clitics="me m te t se s le la l les lui leur nous vous y en",
    passive_naming="est était été sont > qualifié qualifiée qualifiés décrit décrite présenté présentée surnommé surnommée traité traitée",
)
